"""Join hand-written part files, check list values against domain.md, shuffle with a fixed seed, number refs.
No text is produced here: every string comes from the part files."""
import json, random, re, glob, collections

DOMAIN = ' '.join(open('/work/shared/design/domain.md', encoding='utf-8').read().split())

def in_domain(v):
    return v in DOMAIN

WHO = ["Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"]
AREAS = ["Health", "Education", "Emotional and behavioural development", "Identity",
         "Family and social relationships", "Social presentation", "Self-care skills",
         "Basic care", "Ensuring safety", "Emotional warmth", "Stimulation",
         "Guidance and boundaries", "Stability", "Family history and functioning", "Wider family",
         "Housing", "Employment", "Income", "Family's social integration", "Community resources"]
SER = ["1 Low", "2 Moderate", "3 Serious", "4 Very serious"]
MET = ["Met", "Partly met", "Not met", "Not known"]
LEGAL = ["Early help", "Child in need", "Child protection plan", "Looked after", "Care leaver", "Closed", "Other"]
PN = ["N1 Abuse or neglect", "N2 Child's disability", "N3 Parental disability or illness",
      "N4 Family in acute stress", "N5 Family dysfunction", "N6 Socially unacceptable behaviour",
      "N7 Low income", "N8 Absent parenting", "N9 Cases other than children in need", "N0 Not stated"]
SEX = ["Female", "Male", "Not known"]
ETH = ["White", "Mixed", "Asian or Asian British", "Black or Black British", "Other ethnic group", "Not known"]
SERVICES = ["Early help family support", "Family hub or children's centre", "Health visiting or school nursing",
  "Parenting programme", "Child and adolescent mental health (CAMHS)", "Adult mental health",
  "Substance misuse service (adult)", "Substance misuse service (young person)", "Domestic abuse support (victim)",
  "Domestic abuse perpetrator programme", "Children's domestic abuse recovery", "Youth justice", "Youth work",
  "Educational support (SENCo, educational psychology)", "Speech and language therapy",
  "Disabled children's service or short breaks", "Young carers support", "Housing support",
  "Welfare and debt advice", "Family group conference", "Intensive family intervention (edge of care)",
  "Social work (child in need or protection)", "Foster, kinship or residential care", "Other"]
# every list value above must appear verbatim in domain.md
for lst in (WHO, AREAS, SER[:0], MET, LEGAL, SEX, ETH, SERVICES):
    for v in lst:
        assert in_domain(v), v
for s in SER:
    assert s.split(' ', 1)[1] in DOMAIN, s
for p in PN:
    assert p.split(' ', 1)[1] in DOMAIN and p.split(' ', 1)[0] in DOMAIN, p

patterns = json.load(open('parts/patterns.json', encoding='utf-8'))
pnames = [p['name'] for p in patterns]
cases = []
for f in sorted(glob.glob('parts/p[0-9]_*.json')):
    cases += json.load(open(f, encoding='utf-8'))

errs = []
def chk(cond, msg):
    if not cond: errs.append(msg)

NEED_KEYS = ["who", "area", "need", "if_not_met", "seriousness", "outcome", "work", "best_service", "met"]
SVC_KEYS = ["service", "provider", "still_open", "matched"]
for c in cases:
    d = c['draft']
    chk(c['pattern'] in pnames, f'{d} pattern')
    chk(isinstance(c['hard'], bool), f'{d} hard')
    chk(c['age'] is None or (isinstance(c['age'], int) and 0 <= c['age'] <= 17), f'{d} age')
    chk(c['sex'] in SEX, f'{d} sex'); chk(c['ethnicity'] in ETH + [""], f'{d} eth')
    chk(c['disability'] in ["Yes", "No", "Not known"], f'{d} dis')
    chk(c['legal_status'] in LEGAL, f'{d} legal'); chk(c['primary_need'] in PN, f'{d} pn')
    n_sent = len([s for s in re.split(r'(?<=[.!?])\s+(?=[A-Za-z0-9(\'])', c['story'].strip()) if s])
    chk(3 <= n_sent <= 8, f'{d} story sentences {n_sent}')
    chk(1 <= len(c['needs']) <= 5, f'{d} needs count')
    for n in c['needs']:
        chk(list(n.keys()) == NEED_KEYS, f'{d} need keys')
        chk(n['who'] in WHO + [""], f'{d} who {n["who"]}'); chk(n['area'] in AREAS + [""], f'{d} area {n["area"]}')
        chk(n['seriousness'] in SER + [""], f'{d} ser'); chk(n['met'] in MET + [""], f'{d} met')
        chk(n['best_service'] in SERVICES + [""], f'{d} best {n["best_service"]}')
        chk(n['need'].strip() != "", f'{d} empty need')
    chk(0 <= len(c['services']) <= 4, f'{d} services count')
    for s in c['services']:
        chk(list(s.keys()) == SVC_KEYS, f'{d} svc keys')
        chk(s['service'] in SERVICES, f'{d} svc {s["service"]}')
        chk(s['still_open'] in ["Yes", "No", ""], f'{d} open'); chk(s['matched'] in ["Yes", "Partly", "No", ""], f'{d} matched')
    # personal-data sniff: emails, phone numbers, UK postcodes, full dates, NHS-number-like digit runs
    text = json.dumps(c, ensure_ascii=False)
    chk(not re.search(r'[\w.]+@[\w.]+', text), f'{d} email?')
    chk(not re.search(r'\b0\d{3,4}\s?\d{6,7}\b|\b07\d{9}\b', text), f'{d} phone?')
    chk(not re.search(r'\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b', text), f'{d} postcode?')
    chk(not re.search(r'\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b', text), f'{d} date?')
    chk(not re.search(r'\b\d{3}\s?\d{3}\s?\d{4}\b', text), f'{d} nhs?')

drafts = [c['draft'] for c in cases]
chk(len(set(drafts)) == len(drafts), 'duplicate drafts')
if errs:
    print('\n'.join(errs)); raise SystemExit(1)

random.Random(20240610).shuffle(cases)
out_cases, mapping = [], []
for i, c in enumerate(cases, 1):
    ref = f'KB{i:03d}'
    mapping.append((c['draft'], ref))
    o = {'ref': ref}
    o.update({k: v for k, v in c.items() if k != 'draft'})
    out_cases.append(o)

audit = {"name": "Kestermouth Borough Council - children's services needs-led case audit (first audit, small sample)",
         "written_by": "Written by hand, case by case, by an AI helper session for blind evaluation (set: tenth). Authority, auditors, teams, schools and places are invented; see README.md",
         "patterns": patterns, "cases": out_cases}
json.dump(audit, open('audit.json', 'w', encoding='utf-8'), indent=1, ensure_ascii=False)
json.dump(dict(sorted(mapping)), open('parts/draft_to_ref.json', 'w'), indent=1)

# summary for the README
cnt = collections.Counter(c['pattern'] for c in out_cases)
hard = collections.Counter(c['pattern'] for c in out_cases if c['hard'])
for p in pnames: print(f'{cnt[p]:3d} {hard[p]:2d}  {p}')
print('total', len(out_cases), 'hard', sum(hard.values()))
aud = collections.defaultdict(collections.Counter)
for c in out_cases: aud[c['auditor']][pnames.index(c['pattern'])+1] += 1
for a, v in aud.items(): print(a, sum(v.values()), dict(sorted(v.items())))
print(collections.Counter(c['sex'] for c in out_cases), collections.Counter(c['legal_status'] for c in out_cases))
print(collections.Counter(c['primary_need'] for c in out_cases))
print(collections.Counter(c['ethnicity'] for c in out_cases))
