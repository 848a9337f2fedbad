#!/usr/bin/env python3
"""Scores claimq's extraction on the Wikinews dev set (../shared/benchmarks/wikinews-dev),
with the set's own scorer, on the whole set and on two halves: A (afghan, crane, flag,
iodine, lanterns, stampede; the half rules were developed on) and B (the other six).
A rule that lifts one half only was fitted to its sentences, not to English.

    swift build && python3 bench/wikinews.py [--misses]

Needs ../shared/benchmarks/wikinews-dev beside the clone (or WIKINEWS=DIR).
"""
import os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build", "debug", "claimq"))
DATA = os.environ.get("WIKINEWS", os.path.join(ROOT, "..", "shared", "benchmarks", "wikinews-dev"))
HALF_A = ["afghan", "crane", "flag", "iodine", "lanterns", "stampede"]


def main():
    if not os.path.isdir(DATA):
        sys.exit(f"wikinews: no dev set at {DATA} (set WIKINEWS=DIR)")
    names = sorted(f[:-4] for f in os.listdir(DATA) if f.endswith(".txt"))
    with tempfile.TemporaryDirectory() as folder:
        halves = {"A": os.path.join(folder, "A"), "B": os.path.join(folder, "B"), "all": os.path.join(folder, "all")}
        for path in halves.values():
            os.mkdir(path)
        for name in names:
            out = subprocess.run([CLAIMQ, "--format", "json", "-c", "list claims", os.path.join(DATA, name + ".txt")],
                                 capture_output=True, text=True).stdout
            half = "A" if name.replace("GUM_news_", "") in HALF_A else "B"
            for key in (half, "all"):
                with open(os.path.join(halves[key], name + ".json"), "w") as f:
                    f.write(out)
        score = os.path.join(DATA, "score.py")
        for key in ("all", "A", "B"):
            args = [sys.executable, score, halves[key]] + (["--present-only"] if key != "all" else [])
            if key == "all" and "--misses" in sys.argv:
                args.append("--misses")
            result = subprocess.run(args, capture_output=True, text=True).stdout
            if key == "all":
                print(result)
            else:
                total = next(line for line in result.splitlines() if line.startswith("TOTAL"))
                print(f"half {key}: {total}")


if __name__ == "__main__":
    main()
