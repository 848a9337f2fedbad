#!/usr/bin/env python3
"""Hostile inputs that once crashed, hung or took minutes (issue 10), timed against
the built claimq: the median of RUNS runs of each, in seconds, with its exit status.

    scripts/build-release.sh && python3 bench/hostile.py

Every input is generated here, in a temporary folder; nothing outside the clone is read.
"""
import json, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build-release", "release", "claimq"))
RUNS = int(os.environ.get("RUNS", "3"))


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def cases(d):
    sentence = "Officials refused 500 requests in 2016. "
    article = write(d, "big.txt", "Title\n\n" + sentence * 25_000 + "\n")
    write(d, "big.claims.json", json.dumps({"claims": [{"id": 1, "metric": "m", "value": 500, "unit": "requests",
                                                          "surface": "500", "quote": sentence * 2_500 + "X"}]}))
    small = write(d, "ov.txt", "Officials refused 10 requests.\n")
    claims = [{"id": i, "metric": "refusals", "value": 10, "unit": "requests", "place": "US",
               "period": {"from": "2014-01", "to": "2017-05"}, "surface": "10", "quote": "Officials refused 10 requests."}
              for i in range(1, 20_001)]
    write(d, "ov.claims.json", json.dumps({"claims": claims}))
    return [
        ("a 10 MB word", [CLAIMQ, "-f", write(d, "word.cq", "x" * 10_000_000 + "\n")]),
        ("'(' then 30,000 lines", [CLAIMQ, "-f", write(d, "open.cq", "(\n" + "\n" * 30_000)]),
        ("1+1+... with 100,000 terms", [CLAIMQ, "-f", write(d, "plus.cq", "+".join(["1"] * 100_000) + "\n")]),
        ("30,000 'or' terms", [CLAIMQ, "-f", write(d, "or.cq", "count claims where " + " or ".join(["id = 1"] * 30_000) + "\n")]),
        ("100,000 nested '('", [CLAIMQ, "-f", write(d, "nest.cq", "(" * 100_000 + "1" + ")" * 100_000 + "\n")]),
        ("20,000 'not'", [CLAIMQ, "-f", write(d, "not.cq", "count claims where " + "not " * 20_000 + "id = 1\n")]),
        ("a 100 KB quote missing from a 1 MB article", [CLAIMQ, article, "-c", "count claims"]),
        ("sum over 20,000 overlapping claims (with loading)", [CLAIMQ, small, "-c", "sum refusals"]),
        ("/dev/zero as an article", [CLAIMQ, "/dev/zero", "-c", "count claims"]),
        ("/dev/zero as a script", [CLAIMQ, "-f", "/dev/zero"]),
    ]


def main():
    if not os.path.isfile(CLAIMQ):
        sys.exit(f"hostile: no claimq at {CLAIMQ}: run scripts/build-release.sh (or set CLAIMQ=PATH)")
    with tempfile.TemporaryDirectory() as d:
        for name, command in cases(d):
            times, status = [], None
            for _ in range(RUNS):
                start = time.perf_counter()
                status = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600).returncode
                times.append(time.perf_counter() - start)
            print(f"{name:52s} median of {RUNS}: {statistics.median(times):7.3f} s   exit {status}")


if __name__ == "__main__":
    main()
