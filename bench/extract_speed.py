#!/usr/bin/env python3
"""Quantity extraction speed: `claimq extract --quantities` on a corpus made of the
sample article's own paragraphs and NewsQuant's sentences repeated to SIZE MiB,
against quantulum3 (pip) parsing the same text, in one run. Prints MB/s and
articles/s for both (an "article" is one copy of the sample article). Beside them it
times a fixed piece of work in sqlite3, when installed: this machine is a shared VM
whose speed moves twofold over hours, and the reference says which speed a run saw.

    scripts/build-release.sh && pip install quantulum3 && python3 bench/extract_speed.py

Needs ../shared/benchmarks/newsquant/dev.json beside the clone (or NEWSQUANT=PATH).
"""
import json, os, statistics, subprocess, sys, tempfile, time, warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build-release", "release", "claimq"))
SIZE = float(os.environ.get("SIZE_MIB", "20"))
RUNS = int(os.environ.get("RUNS", "5"))


# A fixed piece of single-threaded work in another program, timed beside claimq.
REFERENCE_ROWS = 3_000_000
REFERENCE_SQL = (f"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {REFERENCE_ROWS}) "
                 "SELECT sum(x) FROM c")


def reference_time():
    """Seconds sqlite3 takes for REFERENCE_SQL, or None without sqlite3."""
    try:
        start = time.perf_counter()
        subprocess.run(["sqlite3", ":memory:", REFERENCE_SQL], capture_output=True, check=True)
        return time.perf_counter() - start
    except (OSError, subprocess.CalledProcessError):
        return None


def main():
    article = open(os.path.join(ROOT, "samples", "sanctuary-ice-detainers.txt"), encoding="utf-8").read()
    data = os.environ.get("NEWSQUANT", os.path.join(ROOT, "..", "shared", "benchmarks", "newsquant", "dev.json"))
    if not os.path.isfile(data):
        sys.exit(f"extract_speed: no NewsQuant dev set at {data}: it lives in ../shared beside the clone (or set NEWSQUANT=PATH)")
    news = json.load(open(data, encoding="utf-8"))
    unit = article + "\n\n" + "\n\n".join(i["text"] for i in news) + "\n\n"
    copies = max(1, int(SIZE * 1024 * 1024 / len(unit.encode())))
    corpus = unit * copies
    megabytes = len(corpus.encode()) / 1e6
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "corpus.txt")
        open(path, "w", encoding="utf-8").write(corpus)
        # Mentions go to a file, as `claimq extract --quantities CORPUS > mentions.jsonl`
        # would: the time is claimq's, not this script's reading of a pipe.
        out_path = os.path.join(folder, "mentions.jsonl")
        # The three are taken in turn, run by run, so that all see the machine alike: a
        # shared VM's speed moves (twofold, some hours) and moves every program with it.
        times, load_times, reference_times = [], [], []
        for _ in range(RUNS):
            with open(out_path, "wb") as out:
                start = time.perf_counter()
                subprocess.run([CLAIMQ, "extract", "--quantities", path], stdout=out, check=True)
                times.append(time.perf_counter() - start)
            # The same corpus loaded as a claim store: quantities with their context.
            start = time.perf_counter()
            subprocess.run([CLAIMQ, path, "-c", "count claims where id = 1"], capture_output=True, check=True)
            load_times.append(time.perf_counter() - start)
            reference = reference_time()
            if reference is not None:
                reference_times.append(reference)
        t = statistics.median(times)
        mentions = sum(1 for _ in open(out_path, "rb"))
        t_load = statistics.median(load_times)
    print(f"corpus: {megabytes:.1f} MB, {copies} copies of the sample article with NewsQuant's {len(news)} sentences")
    print(f"claimq extract --quantities  median of {RUNS}: {t:.2f} s  {megabytes / t:6.1f} MB/s  {copies / t:8.1f} articles/s  ({mentions} mentions)")
    print(f"claimq CORPUS (claims)       median of {RUNS}: {t_load:.2f} s  {megabytes / t_load:6.1f} MB/s  {copies / t_load:8.1f} articles/s")
    if reference_times:
        print(f"machine reference (sqlite3, {REFERENCE_ROWS:,} rows of a recursive sum) median of {RUNS}: "
              f"{statistics.median(reference_times):.2f} s (the same work every run: it shows how fast the machine is now)")
    else:
        print("machine reference: sqlite3 not installed")
    try:
        warnings.filterwarnings("ignore")
        from quantulum3 import parser
    except ImportError:
        print("quantulum3: not installed (pip install quantulum3)")
        return
    # quantulum3 is far slower: time it on a slice and report the rate.
    slice_ = unit * max(1, int(0.2 * 1024 * 1024 / len(unit.encode())))
    start = time.perf_counter()
    for paragraph in slice_.split("\n\n"):
        parser.parse(paragraph)
    q = time.perf_counter() - start
    mb = len(slice_.encode()) / 1e6
    print(f"quantulum3 {'.'.join(map(str, __import__('quantulum3').__version__.split('.')[:3])) if hasattr(__import__('quantulum3'), '__version__') else ''} on {mb:.2f} MB: {q:.2f} s  {mb / q:6.2f} MB/s  {slice_.count(article[:40]) / q:8.1f} articles/s")
    print(f"ratio claimq/quantulum3: {(megabytes / t) / (mb / q):.0f}x")


if __name__ == "__main__":
    main()
