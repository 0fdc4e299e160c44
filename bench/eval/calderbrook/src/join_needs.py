# Joins hand-written part files (parts/needs_*.json) into needs.json and checks fields.
import json, glob, collections
allowed_who = {"Child","Mother","Father","Parent or carer","Sibling","Whole family"}
allowed_label = {"specific","service","assessment","universal"}
out = []
for p in sorted(glob.glob("parts/needs_*.json")):
    items = json.load(open(p))
    for it in items:
        assert set(it) == {"text","label","who","writer"}, (p, it)
        assert it["label"] in allowed_label, (p, it)
        assert it["who"] in allowed_who, (p, it)
        out.append(it)
texts = [i["text"] for i in out]
dups = [t for t,c in collections.Counter(texts).items() if c > 1]
assert not dups, dups
json.dump(out, open("needs.json","w"), indent=1, ensure_ascii=False)
print("total", len(out))
c = collections.Counter(i["label"] for i in out)
for k,v in c.most_common(): print(f"  {k}: {v} ({100*v/len(out):.1f}%)")
print(collections.Counter(i["writer"] for i in out))
print(collections.Counter(i["who"] for i in out))
