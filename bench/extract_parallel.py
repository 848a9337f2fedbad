#!/usr/bin/env python3
"""`claimq extract --jsonl` on one core and on every core, on the same corpus, in one run.

    scripts/build-release.sh && python3 bench/extract_parallel.py [COPIES] [RUNS]

The corpus is a folder of real articles: the sample article's text and the Wikinews dev
set's twelve texts (../shared/benchmarks/wikinews-dev, only the .txt files), each copied
COPIES times (default 40, about 8 MB). Runs alternate --jobs 1 and --jobs N (N = the
cores), RUNS times each (default 5); prints the medians, the ratio, and whether every
run wrote the same bytes.
"""
import glob, hashlib, os, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build-release", "release", "claimq"))


def main():
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    wikinews = os.path.join(ROOT, "..", "shared", "benchmarks", "wikinews-dev")
    texts = [os.path.join(ROOT, "samples", "sanctuary-ice-detainers.txt")] + sorted(glob.glob(os.path.join(wikinews, "*.txt")))
    if len(texts) < 2:
        sys.exit("extract_parallel: no Wikinews dev texts at %s (../shared beside the clone)" % wikinews)
    cores = os.cpu_count()
    with tempfile.TemporaryDirectory() as folder:
        corpus = os.path.join(folder, "corpus")
        os.makedirs(corpus)
        for n in range(copies):
            for text in texts:
                shutil.copy(text, os.path.join(corpus, "%03d-%s" % (n, os.path.basename(text))))
        megabytes = sum(os.path.getsize(p) for p in glob.glob(os.path.join(corpus, "*.txt"))) / 1e6
        out_path = os.path.join(folder, "out.jsonl")
        times = {1: [], cores: []}
        digests = set()
        for _ in range(runs):
            for jobs in (1, cores):
                with open(out_path, "wb") as out:
                    start = time.perf_counter()
                    subprocess.run([CLAIMQ, "extract", "--jsonl", "--quiet", "--jobs", str(jobs), corpus], stdout=out, check=True)
                    times[jobs].append(time.perf_counter() - start)
                digests.add(hashlib.sha256(open(out_path, "rb").read()).hexdigest())
        lines = sum(1 for _ in open(out_path, "rb"))
    one, many = statistics.median(times[1]), statistics.median(times[cores])
    print("%d articles, %.1f MB, %d claims; medians of %d" % (copies * len(texts), megabytes, lines, runs))
    print("--jobs 1: %.2f s (%.1f MB/s)" % (one, megabytes / one))
    print("--jobs %d: %.2f s (%.1f MB/s)" % (cores, many, megabytes / many))
    print("speed-up: %.2fx on %d cores" % (one / many, cores))
    print("same output in every run: %s" % ("yes" if len(digests) == 1 else "NO (%d different)" % len(digests)))


if __name__ == "__main__":
    main()
