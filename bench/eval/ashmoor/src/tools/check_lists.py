"""Check hand-written audit part files against the default lists in domain.md.
Reads domain.md for the list values; does not generate any text."""
import json, glob, re, sys, collections
dm = open('/work/shared/design/domain.md').read()
def after(label):
    m = re.search(r'\*\*' + re.escape(label) + r'\*\*[^:]*:(.*?)(?:\n- \*\*|\n\n)', dm, re.S)
    return m.group(1)
def split(s):
    return [x.strip().rstrip('.').strip() for x in re.sub(r'\s+', ' ', s).split(';') if x.strip()]
WHO = set(split(after('Who')))
MET = set(split(after('Met')))
LEGAL = set(split(after('Legal status')))
SEX = set(split(after('Sex')))
ETH = set(split(after('Ethnicity')))
PN = set(split(re.sub(r"\(England's Children in Need census codes\)", '', after('Primary need'))))
SERV = set(split(after('Services')))
areas_txt = after('Areas')
AREAS = set()
for line in areas_txt.split('\n  - ')[1:]:
    AREAS |= set(split(line.split(':',1)[1]))
sev_txt = re.search(r'\*\*Seriousness\*\*.*?\n((?:  \d .*\n)+)', dm).group(1)
SEV = set(re.match(r'\s*(\d \w+(?: \w+)?):', l).group(1) for l in sev_txt.strip('\n').split('\n'))
if __name__ == '__main__':
    for n,s in [('who',WHO),('met',MET),('legal',LEGAL),('sex',SEX),('eth',ETH),('pn',PN),('serv',SERV),('areas',AREAS),('sev',SEV)]:
        print(n, sorted(s))
    files = sys.argv[1:] or sorted(glob.glob('/work/evaldata/sixth/parts/audit_*.json'))
    bad = 0; n = 0
    for f in files:
        for i, c in enumerate(json.load(open(f))):
            n += 1
            def chk(v, allowed, what, blank_ok=False):
                global bad
                if blank_ok and v == '': return
                if v not in allowed:
                    bad += 1; print(f, i, what, repr(v))
            chk(c['sex'], SEX, 'sex'); chk(c['ethnicity'], ETH, 'eth', True)
            chk(c['legal_status'], LEGAL, 'legal'); chk(c['primary_need'], PN, 'pn', True)
            chk(c['disability'], {'Yes','No'}, 'dis', True)
            assert isinstance(c['age'], int) and isinstance(c['hard'], bool)
            assert 1 <= len(c['needs']) <= 5, (f, i)
            for nd in c['needs']:
                chk(nd['who'], WHO, 'who'); chk(nd['area'], AREAS, 'area', True)
                chk(nd['seriousness'], SEV, 'sev', True); chk(nd['best_service'], SERV, 'best', True)
                chk(nd['met'], MET, 'met', True)
                assert set(nd) == {'who','area','need','if_not_met','seriousness','outcome','work','best_service','met'}, (f,i,set(nd))
            for s in c['services']:
                chk(s['service'], SERV, 'service'); chk(s['still_open'], {'Yes','No'}, 'open', True)
                chk(s['matched'], {'Yes','No','Partly'}, 'matched', True)
            st = c['story']; ns = len(re.findall(r'[.!?](\s|$)', st))
            if not 3 <= ns <= 8: print(f, i, 'story sentences ~', ns)
    print('cases', n, 'problems', bad)
