# Concatenates the hand-written part files (one per practitioner voice) into needs.json and prints counts.
import json, glob, collections, os
d = os.path.dirname(os.path.abspath(__file__))
allx = []
for f in sorted(glob.glob(os.path.join(d, "n*.json"))):
    items = json.load(open(f))
    for it in items:
        assert set(it) == {"text", "label", "who"}, (f, it)
        assert it["label"] in {"specific", "service", "assessment", "universal"}, it
        assert it["who"] in {"Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family"}, it
    print(os.path.basename(f), len(items), dict(collections.Counter(i["label"] for i in items)))
    allx += items
texts = collections.Counter(i["text"].strip().lower() for i in allx)
dups = [t for t, c in texts.items() if c > 1]
print("dups", dups)
json.dump(allx, open(os.path.join(d, "..", "needs.json"), "w"), ensure_ascii=False, indent=1)
c = collections.Counter(i["label"] for i in allx)
print("total", len(allx), {k: (v, round(100 * v / len(allx))) for k, v in c.items()})
print(collections.Counter(i["who"] for i in allx))
