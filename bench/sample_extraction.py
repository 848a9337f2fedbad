#!/usr/bin/env python3
"""Compares what `claimq extract` finds in the sample article with its 18 curated
claims: recall and precision of values, and how often each field agrees among
the claims found. Nothing from the site chrome may be a claim.

    swift build && python3 bench/sample_extraction.py [ARTICLE.txt CLAIMS.json]
"""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build", "debug", "claimq"))
ARTICLE = sys.argv[1] if len(sys.argv) > 2 else os.path.join(ROOT, "samples", "sanctuary-ice-detainers.txt")
CURATED = sys.argv[2] if len(sys.argv) > 2 else ARTICLE[:-4] + ".claims.json"
FIELDS = ["qualifier", "unit", "period", "place", "source"]


def main():
    curated = json.load(open(CURATED, encoding="utf-8"))["claims"]
    draft = json.loads(subprocess.run([CLAIMQ, "extract", ARTICLE], capture_output=True, text=True, check=True).stdout)["claims"]
    # Chrome paragraphs, as claimq numbers them, from the quantities report.
    used, pairs = set(), []
    for c in curated:
        for k, d in enumerate(draft):
            if k not in used and abs(d["value"] - c["value"]) < 1e-9 and d["quote"].strip() in c["quote"] + d["quote"] and c["quote"].startswith(d["quote"][:20]):
                used.add(k)
                pairs.append((c, d))
                break
    found = len(pairs)
    print(f"{os.path.basename(ARTICLE)}: {len(curated)} curated claims, {len(draft)} extracted")
    print(f"  values: recall {100 * found / len(curated):.1f}% ({found}/{len(curated)}), precision {100 * found / len(draft):.1f}% ({found}/{len(draft)})")
    for field in FIELDS:
        agree = sum(1 for c, d in pairs if c.get(field) == d.get(field) or (field == "source" and c.get(field, "author") == d.get(field)))
        print(f"  {field:9s} agrees on {agree}/{found} ({100 * agree / found:.1f}%)" if found else f"  {field}: -")
    missed = [c["surface"] for c in curated if not any(c is p[0] for p in pairs)]
    if missed:
        print("  not found:", ", ".join(missed))
    if "--verbose" in sys.argv:
        for c, d in pairs:
            for field in FIELDS:
                if c.get(field) != d.get(field):
                    print(f"  #{c['id']} {field}: curated {c.get(field)!r}, extracted {d.get(field)!r}")


if __name__ == "__main__":
    main()
