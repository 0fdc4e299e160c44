"""Join hand-written part files, check dropdown values against domain.md, shuffle with a fixed seed, number cases.
Produces no text of its own beyond the JSON wrapper."""
import json, re, glob, random, collections, os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
dom = open('/work/shared/design/domain.md', encoding='utf-8').read()

def listline(label):
    m = re.search(r'\*\*' + re.escape(label) + r'\*\*[^:]*:(.*?)(?:\n- \*\*|\n\n)', dom, re.S)
    body = m.group(1)
    body = re.sub(r'\s+', ' ', body).strip().rstrip('.')
    return [x.strip().rstrip('.') for x in body.split(';') if x.strip()]

WHO = set(listline('Who'))
MET = set(listline('Met'))
LEGAL = set(listline('Legal status'))
SEX = set(listline('Sex'))
ETH = set(x.replace(' (major groups)', '') for x in listline('Ethnicity'))
SERV = set(listline('Services'))
PN = set(listline('Primary need'))
# areas: three domains, each "Domain: a; b; c."
am = re.search(r'\*\*Areas\*\*.*?\n(.*?)\n- \*\*Seriousness', dom, re.S).group(1)
AREAS = set()
for block in re.split(r'\n  - ', '\n' + am):
    block = re.sub(r'\s+', ' ', block).strip()
    if ':' in block:
        AREAS |= set(x.strip().rstrip('.') for x in block.split(':', 1)[1].split(';') if x.strip())
SER = set(m.group(1) + ' ' + m.group(2) for m in re.finditer(r'\n  (\d) ([A-Z][a-z]+(?: [a-z]+)?):', dom))
print('lists:', {k: len(v) for k, v in dict(WHO=WHO, MET=MET, LEGAL=LEGAL, SEX=SEX, ETH=ETH, SERV=SERV, PN=PN, AREAS=AREAS, SER=SER).items()})
print(sorted(SER)); print(sorted(ETH)); print(sorted(PN))

errs = []
def chk(val, allowed, where, blank_ok=True):
    if val == '' and blank_ok:
        return
    if val not in allowed:
        errs.append(f'{where}: {val!r}')

cases = []
for f in sorted([g for g in glob.glob(os.path.join(HERE, 'parts', '*.json')) if not g.endswith('meta.json')]):
    part = json.load(open(f, encoding='utf-8'))
    for i, c in enumerate(part):
        w = f'{os.path.basename(f)}#{i}'
        chk(c['sex'], SEX, w + ' sex', False)
        chk(c['ethnicity'], ETH, w + ' ethnicity')
        chk(c['legal_status'], LEGAL, w + ' legal')
        chk(c['primary_need'], PN, w + ' primary_need')
        chk(c['disability'], {'Yes', 'No'}, w + ' disability')
        assert isinstance(c['age'], int) and 0 <= c['age'] <= 18, w
        assert isinstance(c['hard'], bool), w
        assert 1 <= len(c['needs']) <= 5, w
        n_sent = len(re.findall(r'[.!?](\s|$)', c['story']))
        if not 3 <= n_sent <= 9:
            errs.append(f'{w}: story sentences ~{n_sent}')
        for j, n in enumerate(c['needs']):
            chk(n['who'], WHO, f'{w} need{j} who')
            chk(n['area'], AREAS, f'{w} need{j} area')
            chk(n['seriousness'], SER, f'{w} need{j} seriousness')
            chk(n['best_service'], SERV, f'{w} need{j} best_service')
            chk(n['met'], MET, f'{w} need{j} met')
            assert set(n) == {'who', 'area', 'need', 'if_not_met', 'seriousness', 'outcome', 'work', 'best_service', 'met'}, w
        for j, s in enumerate(c['services']):
            chk(s['service'], SERV, f'{w} svc{j}', False)
            chk(s['still_open'], {'Yes', 'No'}, f'{w} svc{j} open')
            chk(s['matched'], {'Yes', 'No', 'Partly'}, f'{w} svc{j} matched')
        txt = json.dumps(c, ensure_ascii=False)
        if re.search(r'[\w.]+@[\w.]+|\b0\d{9,10}\b|\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b', txt):
            errs.append(f'{w}: possible identifier')
        cases.append(c)

print('errors:', len(errs))
for e in errs:
    print('  ', e)

rng = random.Random(20240808)
rng.shuffle(cases)
out = []
for k, c in enumerate(cases, 1):
    d = {'ref': f'EG{k:03d}'}
    d.update(c)
    out.append(d)

meta = json.load(open(os.path.join(HERE, 'parts', 'meta.json'), encoding='utf-8')) if os.path.exists(os.path.join(HERE, 'parts', 'meta.json')) else {}
doc = {'name': meta.get('name', ''), 'written_by': meta.get('written_by', ''), 'patterns': meta.get('patterns', []), 'cases': out}
pnames = {p['name'] for p in doc['patterns']}
for c in out:
    if pnames and c['pattern'] not in pnames:
        errs.append(f"{c['ref']} pattern not declared: {c['pattern']}")
if not errs:
    json.dump(doc, open(os.path.join(HERE, 'audit.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('wrote audit.json with', len(out), 'cases')

print('by pattern:', collections.Counter(c['pattern'] for c in out))
print('hard by pattern:', collections.Counter(c['pattern'] for c in out if c['hard']), sum(c['hard'] for c in out))
print('by auditor:', collections.Counter(c['auditor'] for c in out))
print('hard refs:', [(c['ref'], c['pattern'], c['auditor']) for c in out if c['hard']])
