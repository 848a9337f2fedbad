#!/usr/bin/env python3
"""`claimq extract --jsonl` on one core and on every core, on the same corpus, in one run.

    scripts/build-release.sh && python3 bench/extract_parallel.py [COPIES] [RUNS]

The corpus is a folder of real articles: the sample article's text and the Wikinews dev
set's twelve texts (../shared/benchmarks/wikinews-dev, only the .txt files), each copied
COPIES times (default 40, about 2 MB). Runs alternate three ways, RUNS times each
(default 5): --jobs 1 held to one core (the one-core rate: the issue's baseline),
--jobs 1 free to use every core (its writer thread then runs beside the worker), and
--jobs N (N = the cores). Prints the medians, the speed-ups, and whether every run
wrote the same bytes.
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
        first_core = min(os.sched_getaffinity(0))
        ways = [("--jobs 1 on one core", 1, {first_core}), ("--jobs 1 on any core", 1, None),
                ("--jobs %d" % cores, cores, None)]
        times = {name: [] for name, _, _ in ways}
        digests = set()
        for _ in range(runs):
            for name, jobs, affinity in ways:
                pin = (lambda: os.sched_setaffinity(0, affinity)) if affinity else None
                with open(out_path, "wb") as out:
                    start = time.perf_counter()
                    subprocess.run([CLAIMQ, "extract", "--jsonl", "--quiet", "--jobs", str(jobs), corpus], stdout=out,
                                   check=True, preexec_fn=pin)
                    times[name].append(time.perf_counter() - start)
                digests.add(hashlib.sha256(open(out_path, "rb").read()).hexdigest())
        lines = sum(1 for _ in open(out_path, "rb"))
    medians = {name: statistics.median(t) for name, t in times.items()}
    print("%d articles, %.1f MB, %d claims; medians of %d" % (copies * len(texts), megabytes, lines, runs))
    for name, _, _ in ways:
        print("%-22s %.2f s (%.1f MB/s)" % (name + ":", medians[name], megabytes / medians[name]))
    many = medians[ways[2][0]]
    print("speed-up on %d cores: %.2fx the one-core rate, %.2fx --jobs 1 on any core"
          % (cores, medians[ways[0][0]] / many, medians[ways[1][0]] / many))
    print("same output in every run: %s" % ("yes" if len(digests) == 1 else "NO (%d different)" % len(digests)))


if __name__ == "__main__":
    main()
