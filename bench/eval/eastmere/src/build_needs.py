# Merges the hand-written need statements and orders them (fixed seed). No text generated.
import json, random, collections
from needs_specific import SPECIFIC
from needs_other import SERVICE, ASSESSMENT, UNIVERSAL
rows = [{"text": t, "label": l, "who": w} for (l, w, t) in SPECIFIC + SERVICE + ASSESSMENT + UNIVERSAL]
texts = [r["text"].lower() for r in rows]
dup = [t for t, n in collections.Counter(texts).items() if n > 1]
print("duplicates:", dup)
WHO = {"Child", "Mother", "Father", "Parent or carer", "Sibling", "Whole family", "Other"}
assert all(r["who"] in WHO for r in rows)
random.seed(77)
random.shuffle(rows)
json.dump(rows, open("../needs.json", "w"), indent=1, ensure_ascii=False)
c = collections.Counter(r["label"] for r in rows)
print(len(rows), {k: (v, round(100 * v / len(rows), 1)) for k, v in c.items()})
