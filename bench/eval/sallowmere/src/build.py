"""Join hand-written part files, check list values against domain.md, shuffle with a fixed seed, number refs.
This script writes no case text; all text is in parts/*.json, written by hand."""
import json, glob, random, re, collections

DOMAIN = open('/work/shared/design/domain.md').read()
def section(label):
    m = re.search(r'- \*\*' + re.escape(label) + r'\*\*[^:]*:(.*?)(?=\n- \*\*|\n\n)', DOMAIN, re.S)
    return m.group(1)
def items(label):
    txt = section(label).replace('\n', ' ')
    txt = re.sub(r'\s+', ' ', txt).strip().rstrip('.')
    return [x.strip() for x in txt.split(';') if x.strip()]

WHO = items('Who')
AREAS = []
for line in section('Areas').split('\n'):
    if ':' in line:
        AREAS += [x.strip().rstrip('.') for x in line.split(':', 1)[1].split(';')]
# area lists wrap over lines; rebuild from the whole block
blk = re.sub(r'\s+', ' ', section('Areas'))
AREAS = []
for part in re.split(r'- [A-Z][^:]*:', blk)[1:]:
    AREAS += [x.strip().rstrip('.') for x in part.split(';') if x.strip()]
SER = ['1 Low', '2 Moderate', '3 Serious', '4 Very serious']
MET = items('Met')
LEGAL = items('Legal status')
PRIMARY = [re.sub(r'\s+', ' ', x) for x in items('Primary need')]
SEX = items('Sex')
ETH = items('Ethnicity (major groups)') if False else None
ETH = [x.strip().rstrip('.') for x in re.sub(r'\s+', ' ', section('Ethnicity')).split(';')]
SERVICES = [x.strip().rstrip('.') for x in re.sub(r'\s+', ' ', section('Services')).split(';')]
SERVICES[0] = SERVICES[0].split(')')[-1].strip() if ')' in SERVICES[0] else SERVICES[0]

patterns = json.load(open('parts/patterns.json'))
pnames = [p['name'] for p in patterns]
cases = []
for f in sorted(glob.glob('parts/[a-f]_*.json')):
    cases += json.load(open(f))

errs = []
def chk(cond, msg):
    if not cond: errs.append(msg)
for i, c in enumerate(cases):
    tag = f"{c['pattern'][:20]}#{i}"
    chk(set(c) == {'pattern','hard','auditor','agency','age','sex','ethnicity','disability','legal_status','primary_need','story','needs','services'}, tag+' keys '+str(set(c)))
    chk(c['pattern'] in pnames, tag+' pattern')
    chk(isinstance(c['hard'], bool), tag+' hard')
    chk(c['age'] is None or (isinstance(c['age'], int) and 0 <= c['age'] <= 17), tag+' age')
    chk(c['sex'] in SEX, tag+' sex')
    chk(c['ethnicity'] in ETH + [''], tag+' eth '+c['ethnicity'])
    chk(c['disability'] in ['Yes','No','Not known'], tag+' dis')
    chk(c['legal_status'] in LEGAL, tag+' legal')
    chk(c['primary_need'] in PRIMARY, tag+' primary '+c['primary_need'])
    ns = len(re.findall(r'[.!?](\s|$)', c['story']))
    chk(3 <= ns <= 9, tag+f' story sentences {ns}')
    chk(1 <= len(c['needs']) <= 5, tag+' needs count')
    for n in c['needs']:
        chk(set(n) == {'who','area','need','if_not_met','seriousness','outcome','work','best_service','met'}, tag+' need keys')
        chk(n['who'] in WHO + [''], tag+' who '+n['who'])
        chk(n['area'] in AREAS + [''], tag+' area '+n['area'])
        chk(n['seriousness'] in SER + [''], tag+' ser')
        chk(n['met'] in MET + [''], tag+' met')
        chk(n['best_service'] in SERVICES + [''], tag+' best '+n['best_service'])
    chk(0 <= len(c['services']) <= 4, tag+' services count')
    for s in c['services']:
        chk(set(s) == {'service','provider','still_open','matched'}, tag+' svc keys')
        chk(s['service'] in SERVICES, tag+' svc '+s['service'])
        chk(s['still_open'] in ['Yes','No',''], tag+' open')
        chk(s['matched'] in ['Yes','Partly','No',''], tag+' matched')
    blob = json.dumps(c)
    for pat, what in [(r'[\w.]+@[\w.]+', 'email'), (r'\b0\d{9,10}\b|\b\d{5} ?\d{6}\b', 'phone'),
                      (r'\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b', 'postcode'), (r'\b\d{1,2}/\d{1,2}/\d{2,4}\b', 'date'),
                      (r'\b\d{3} ?\d{3} ?\d{4}\b', 'nhs')]:
        chk(not re.search(pat, blob), tag+' PII-like '+what)

print('lists:', len(WHO), len(AREAS), len(MET), len(LEGAL), len(PRIMARY), len(SEX), len(ETH), len(SERVICES))
if errs:
    print('\n'.join(errs)); raise SystemExit(1)

random.Random(20261129).shuffle(cases)
out = []
for k, c in enumerate(cases, 1):
    d = {'ref': f'SM{k:03d}'}; d.update(c); out.append(d)
audit = {'name': 'Sallowmere District needs-led case audit (first audit)',
         'written_by': 'Hand-written evaluation set; five invented auditors from four agencies (see README.md)',
         'patterns': patterns, 'cases': out}
json.dump(audit, open('audit.json', 'w'), indent=1, ensure_ascii=False)

cnt = collections.Counter(c['pattern'] for c in out)
hard = collections.Counter(c['pattern'] for c in out if c['hard'])
for p in pnames: print(f'{cnt[p]:3d} cases, {hard[p]} hard  {p}')
print('total', len(out), 'hard', sum(hard.values()))
aud = collections.defaultdict(collections.Counter)
for c in out: aud[c['auditor']][c['pattern'][:12]] += 1
for a, v in aud.items(): print(a, sum(v.values()), dict(v))
print('refs in file order by pattern:', ''.join('ABCDEF'[pnames.index(c['pattern'])] for c in out))
for c in out:
    if c['hard']: print(c['ref'], c['pattern'][:25], c['primary_need'], c['auditor'])
