#!/usr/bin/env python3
"""Scores `claimq extract --quantities` on NewsQuant (../shared/benchmarks/newsquant),
as its README describes: per sentence, predicted values are matched to gold values
(relative tolerance 1e-5; a range only to a range with both ends close), each gold
quantity at most once; precision, recall and F1 over the file. "value + change"
also needs the qualifier or change to agree with the gold `change`.

    scripts/build-release.sh && python3 bench/newsquant.py [--misses]

Needs ../shared/benchmarks/newsquant/dev.json beside the clone (or NEWSQUANT=PATH).
"""
import json, math, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build-release", "release", "claimq"))
DATA = os.environ.get("NEWSQUANT", os.path.join(ROOT, "..", "shared", "benchmarks", "newsquant", "dev.json"))
CHANGE = {"exact": "=", "approx": "~", "nearly": "~", "more_than": ">", "at_least": ">", "less_than": "<", "at_most": "<"}


def gold_value(text):
    m = re.fullmatch(r"\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*-\s*(-?[\d.]+(?:e[+-]?\d+)?)\s*", text)
    return (float(m.group(1)), float(m.group(2))) if m else (float(text), None)


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9)


def same(pred, gold):
    (pv, ph), (gv, gh) = pred, gold
    if (ph is None) != (gh is None):
        return False
    return close(pv, gv) and (ph is None or close(ph, gh))


def score(items, predictions, with_change):
    matched = predicted = gold = 0
    misses = []
    for index, item in enumerate(items):
        golds = [(gold_value(q["value"]), q["change"]) for q in item["quantities"]]
        preds = predictions.get(index, [])
        predicted += len(preds)
        gold += len(golds)
        used = set()
        for p in preds:
            pv = (p["value"], p["high"])
            pc = p["change"] or CHANGE[p["qualifier"]]
            for k, (gv, gc) in enumerate(golds):
                if k not in used and same(pv, gv) and (not with_change or pc == gc):
                    used.add(k)
                    matched += 1
                    break
        if len(used) < len(golds) or len(used) < len(preds):
            misses.append((item["text"], [g for k, g in enumerate(golds) if k not in used], preds))
    p = 100 * matched / predicted if predicted else 0
    r = 100 * matched / gold if gold else 0
    f = 2 * p * r / (p + r) if p + r else 0
    return p, r, f, misses


def main():
    if not os.path.isfile(DATA):
        sys.exit(f"newsquant: no NewsQuant dev set at {DATA}: it lives in ../shared beside the clone (or set NEWSQUANT=PATH)")
    items = json.load(open(DATA, encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "newsquant.txt")
        # One paragraph per sentence: paragraph N (1-based) is item N-1.
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(item["text"].replace("\n", " ") for item in items) + "\n")
        out = subprocess.run([CLAIMQ, "extract", "--quantities", path], capture_output=True, text=True, check=True).stdout
    predictions = {}
    for line in out.splitlines():
        m = json.loads(line)
        predictions.setdefault(m["paragraph"] - 1, []).append(m)
    print(f"NewsQuant dev: {len(items)} sentences, {sum(len(i['quantities']) for i in items)} gold quantities")
    for name, with_change in (("value", False), ("value + change", True)):
        p, r, f, misses = score(items, predictions, with_change)
        print(f"  {name:15s} precision {p:5.1f}  recall {r:5.1f}  F1 {f:5.1f}")
    # The two halves, even and odd items: a rule that lifts one only was fitted to its sentences.
    for half, parity in (("A (even items)", 0), ("B (odd items)", 1)):
        subset = [item for k, item in enumerate(items) if k % 2 == parity]
        sub_predictions = {k // 2: v for k, v in predictions.items() if k % 2 == parity}
        scores = [score(subset, sub_predictions, with_change)[2] for with_change in (False, True)]
        print(f"  half {half}: value F1 {scores[0]:5.1f}, value + change F1 {scores[1]:5.1f}")
    if "--misses" in sys.argv:
        for text, missing, preds in score(items, predictions, False)[3]:
            print("\n" + text)
            print("  gold not found:", missing)
            print("  predicted:", [(m["surface"], m["value"], m["high"]) for m in preds])


if __name__ == "__main__":
    main()
