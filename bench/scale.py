#!/usr/bin/env python3
"""claimq at scale, beside sqlite3 and DuckDB, on the same generated claims, in one run.

    pip install duckdb==2.0.1 pycountry==26.2.16
    scripts/build-release.sh && python3 bench/scale.py 100000 [RUNS]

Generates N claims (seeded, so every run has the same rows) as

  - an article with one sentence per claim and its curated claims file
    (`scale.txt` + `scale.claims.json`),
  - the claims dataset `claimq extract --jsonl` makes of them (`scale.jsonl`),
  - a CSV of the same rows for sqlite3 and DuckDB (`scale.csv`),

in $SCALE_DIR (default /tmp/claimq-scale-N, reused when present), then measures:

  - load: a whole process that loads the rows and answers one trivial query
    (claimq from the curated file and from the dataset; sqlite3 `.import` of the
    CSV into :memory:; DuckDB's Python package reading the CSV and the JSONL, with
    threads=1 and with its default threads);
  - peak memory of that process (the children's ru_maxrss);
  - four queries, each run RUNS times in the loaded session and timed by the
    engine itself (claimq `.timer on`, sqlite3 `.timer on`, DuckDB in-process);
  - claimq on PostgreSQL, when Debian's postgresql is installed: a private server
    (initdb in a temporary folder, a Unix socket only, run as `postgres` when root),
    `claimq import --db` of the dataset (its time; "memory" is the import's peak), and
    the same queries through `claimq --db` under `.timer on` (each includes the trip
    to the server and reading matched claims back for sums).

Prints medians over RUNS (default 5) and claimq's ratio to each other engine.
"""
import json, os, random, re, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build-release", "release", "claimq"))

QUERIES = [
    ('sum refusals where state = "CA"',
     "SELECT sum(value) FROM claims WHERE metric = 'refusals' AND state = 'CA'"),
    ("count claims by state",
     "SELECT state, count(*) FROM claims GROUP BY state ORDER BY state"),
    ("count claims where period overlaps 2016",
     "SELECT count(*) FROM claims WHERE period_from <= '2016-12' AND period_to >= '2016-01'"),
    ('count claims where quote contains "California"',
     "SELECT count(*) FROM claims WHERE quote {LIKE} '%california%'"),
]

METRICS = ["arrests", "detainers", "deportations", "refusals", "removals", "apprehensions", "border_crossings",
           "asylum_claims", "visas_issued", "green_cards", "naturalizations", "work_permits", "hearings",
           "court_cases", "releases", "transfers", "bookings", "inspections", "seizures", "complaints"]
METRICS += ["metric_%02d" % n for n in range(len(METRICS), 50)]
SOURCES = ["DHS OIG", "ICE", "CBP", "the Department of Justice", "the Census Bureau", "Pew Research Center",
           "the Migration Policy Institute", "TRAC", "the Cato Institute", "the state attorney general"]
SOURCES += ["Agency %d" % n for n in range(len(SOURCES), 20)]
COUNTRIES = [("CA", "Canada"), ("MX", "Mexico"), ("KE", "Kenya"), ("IN", "India"), ("DE", "Germany")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
QUALIFIERS = [("exact", ""), ("more_than", "more than "), ("approx", "about "), ("at_least", "at least "),
              ("nearly", "nearly ")]


def places():
    """US states and DC by name (pycountry's ISO 3166-2), weighted toward the large ones, and five countries."""
    import pycountry
    states = sorted((s.code, s.name) for s in pycountry.subdivisions.get(country_code="US")
                    if s.type in ("State", "District"))
    weights = {"US-CA": 12, "US-TX": 9, "US-FL": 7, "US-NY": 6}
    rows = [(code, name, weights.get(code, 1)) for code, name in states]
    rows += [(code, name, 2) for code, name in COUNTRIES]
    return rows


def zipf_weights(n, s):
    return [1 / (k + 1) ** s for k in range(n)]


def period(rng):
    """(from, to, words): a year, a month, a quarter or a span of years, in 2000–2024."""
    year = rng.randint(2000, 2024)
    kind = rng.random()
    if kind < 0.4:
        return "%d-01" % year, "%d-12" % year, "in %d" % year
    if kind < 0.7:
        m = rng.randint(1, 12)
        return "%d-%02d" % (year, m), "%d-%02d" % (year, m), "in %s %d" % (MONTHS[m - 1], year)
    if kind < 0.85:
        q = rng.randint(1, 4)
        return "%d-%02d" % (year, 3 * q - 2), "%d-%02d" % (year, 3 * q), "in the %s quarter of %d" % (
            ["first", "second", "third", "fourth"][q - 1], year)
    end = min(2024, year + rng.randint(1, 4))
    return "%d-01" % year, "%d-12" % end, "from %d to %d" % (year, end)


def generate(n, folder):
    rng = random.Random(42)
    where = places()
    place_weights = [w for _, _, w in where]
    metric_weights = zipf_weights(len(METRICS), 1.1)
    source_weights = zipf_weights(len(SOURCES), 1.2)
    paragraphs, entries, rows = [], [], []
    sentences = []
    for i in range(1, n + 1):
        metric = rng.choices(METRICS, metric_weights)[0]
        code, name, _ = rng.choices(where, place_weights)[0]
        source = rng.choices(SOURCES, source_weights)[0]
        value = int(rng.lognormvariate(6, 2)) + 1
        qualifier, words = rng.choices(QUALIFIERS, [80, 8, 6, 3, 3])[0]
        p_from, p_to, when = period(rng)
        surface = words + "{:,}".format(value)
        quote = "%s reported %s %s in %s %s (record %d)." % (
            source[0].upper() + source[1:], surface, metric.replace("_", " "), name, when, i)
        sentences.append(quote)
        if len(sentences) == 4:
            paragraphs.append(" ".join(sentences))
            sentences = []
        entries.append({"id": i, "metric": metric, "value": value, "qualifier": qualifier, "unit": "people",
                        "place": code, "period": {"from": p_from, "to": p_to, "kind": "interval"},
                        "source": source, "surface": surface, "quote": quote})
        state = code[3:] if code.startswith("US-") else None
        rows.append((i, metric, value, qualifier, code, state, p_from, p_to, source, quote))
    if sentences:
        paragraphs.append(" ".join(sentences))
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "scale.txt"), "w") as f:
        f.write("Generated claims\n\n" + "\n\n".join(paragraphs) + "\n")
    with open(os.path.join(folder, "scale.claims.json"), "w") as f:
        f.write('{"claims": [\n' + ",\n".join(json.dumps(e) for e in entries) + "\n]}\n")
    import csv
    with open(os.path.join(folder, "scale.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "metric", "value", "qualifier", "place", "state", "period_from", "period_to", "source", "quote"])
        w.writerows(rows)
    with open(os.path.join(folder, "scale.jsonl"), "w") as f:
        subprocess.run([CLAIMQ, "extract", "--jsonl", "--quiet", "--max-article-bytes", str(1 << 31),
                        os.path.join(folder, "scale.txt")], stdout=f, check=True)


def peak_of(cmd, stdin=None):
    """Seconds and peak RSS (MB) of one process, measured by a small wrapper so only it counts."""
    wrapper = ("import resource, subprocess, sys, time\n"
               "t = time.perf_counter()\n"
               "p = subprocess.run(sys.argv[1:], input=sys.stdin.buffer.read(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
               "t = time.perf_counter() - t\n"
               "if p.returncode: sys.stderr.buffer.write(p.stderr); sys.exit(p.returncode)\n"
               "print(t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n")
    p = subprocess.run([sys.executable, "-c", wrapper] + cmd, input=stdin or b"", capture_output=True)
    if p.returncode:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), p.stderr.decode()[-2000:]))
    seconds, mb = p.stdout.split()
    return float(seconds), float(mb)


def duckdb_script(source, threads, runs):
    """A Python program that loads the rows into DuckDB and times each query in process."""
    load = {"csv": "CREATE TABLE claims AS SELECT * FROM read_csv('%s', header=true)",
            "jsonl": "CREATE TABLE claims AS SELECT id, metric, value, qualifier, place, state, period.from AS period_from,"
                     " period.to AS period_to, source, quote FROM read_json('%s', format='newline_delimited')"}
    queries = [sql.replace("{LIKE}", "ILIKE") for _, sql in QUERIES]
    return ("import duckdb, json, statistics, time\n"
            "c = duckdb.connect(config={'threads': %d})\n"
            "c.execute('SET enable_progress_bar = false')\n"
            "t = time.perf_counter(); c.execute(%r); load = time.perf_counter() - t\n"
            "out = {'load': load, 'queries': []}\n"
            "for q in %r:\n"
            "    times = []\n"
            "    for _ in range(%d):\n"
            "        t = time.perf_counter(); c.execute(q).fetchall(); times.append(time.perf_counter() - t)\n"
            "    out['queries'].append(statistics.median(times))\n"
            "print(json.dumps(out))\n") % (threads, load[source[1]] % source[0], queries, runs)


def timer_lines(text):
    return [float(x.replace(",", "")) / 1000 for x in re.findall(r"time: ([0-9.,]+) ms", text)]


def postgres(jsonl, runs, results):
    import glob, shutil, tempfile
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        print("PostgreSQL is not installed (scripts/setup.sh installs it): no PostgreSQL column", flush=True)
        return
    bindir = os.path.dirname(bins[-1])
    folder = tempfile.mkdtemp(prefix="claimq-bench-pg-")
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
    if os.getuid() == 0:
        shutil.chown(folder, "postgres")
    run = lambda *cmd: subprocess.run(as_postgres + list(cmd), check=True, capture_output=True)
    run(bindir + "/initdb", "-D", folder + "/data", "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")
    run(bindir + "/pg_ctl", "-D", folder + "/data", "-l", folder + "/log", "-w", "start",
        "-o", "-k %s -c listen_addresses='' -c fsync=off -c synchronous_commit=off" % folder)
    try:
        url = "postgresql://postgres@/postgres?host=" + folder
        loads, peaks = [], []
        for _ in range(runs):
            s, mb = peak_of([CLAIMQ, "import", "--quiet", "--max-article-bytes", str(1 << 31), "--db", url, jsonl])
            loads.append(s)
            peaks.append(mb)
        subprocess.run([bindir + "/psql", "-X", "-q", "-h", folder, "-U", "postgres", "-c", "VACUUM ANALYZE claims"], check=True)
        script = "".join(".timer on\n" + (q + "\n") * runs for q, _ in QUERIES)
        p = subprocess.run([CLAIMQ, "--db", url], input=script.encode(), capture_output=True, check=True)
        times = timer_lines(p.stderr.decode())
        results["claimq on PostgreSQL"] = {"load": statistics.median(loads), "memory": max(peaks),
                                           "queries": [statistics.median(times[k * runs:(k + 1) * runs]) for k in range(len(QUERIES))]}
        print("claimq on PostgreSQL", results["claimq on PostgreSQL"], flush=True)
    finally:
        run(bindir + "/pg_ctl", "-D", folder + "/data", "-m", "immediate", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def main():
    if not os.path.exists(CLAIMQ):
        sys.exit("build first: scripts/build-release.sh (or set CLAIMQ=path)")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    folder = os.environ.get("SCALE_DIR", "/tmp/claimq-scale-%d" % n)
    if not os.path.exists(os.path.join(folder, "scale.jsonl")):
        t = time.perf_counter()
        generate(n, folder)
        print("generated %d claims in %s (%.1f s)" % (n, folder, time.perf_counter() - t))
    article, jsonl, csv_path = (os.path.join(folder, f) for f in ("scale.txt", "scale.jsonl", "scale.csv"))
    sizes = {f: os.path.getsize(os.path.join(folder, f)) / 1e6 for f in ("scale.txt", "scale.claims.json", "scale.jsonl", "scale.csv")}
    print("files: " + ", ".join("%s %.0f MB" % kv for kv in sizes.items()))

    results = {}   # engine -> {"load": s, "memory": MB, "queries": [s, …]}
    big = ["--max-article-bytes", str(1 << 31), "--quiet"]

    def claimq(name, target):
        loads, peaks = [], []
        for _ in range(runs):
            s, mb = peak_of([CLAIMQ] + big + [target, "-c", "count claims where id = 0"])
            loads.append(s)
            peaks.append(mb)
        script = "".join(".timer on\n" + (q + "\n") * runs for q, _ in QUERIES)
        p = subprocess.run([CLAIMQ] + big + [target], input=script.encode(), capture_output=True, check=True)
        times = timer_lines(p.stderr.decode())
        queries = [statistics.median(times[k * runs:(k + 1) * runs]) for k in range(len(QUERIES))]
        results[name] = {"load": statistics.median(loads), "memory": max(peaks), "queries": queries}
        print(name, results[name], flush=True)

    claimq("claimq, curated file", article)
    claimq("claimq, JSONL dataset", jsonl)

    # sqlite3: .import into :memory:, then each query RUNS times under .timer.
    create = ("CREATE TABLE claims(id INTEGER, metric TEXT, value REAL, qualifier TEXT, place TEXT, state TEXT,"
              " period_from TEXT, period_to TEXT, source TEXT, quote TEXT);\n")
    load_script = create + ".mode csv\n.import --skip 1 %s claims\nSELECT count(*) FROM claims WHERE id = 0;\n" % csv_path
    loads, peaks = [], []
    for _ in range(runs):
        s, mb = peak_of(["sqlite3", ":memory:"], load_script.encode())
        loads.append(s)
        peaks.append(mb)
    query_script = load_script + ".timer on\n" + "".join((sql.replace("{LIKE}", "LIKE") + ";\n") * runs for _, sql in QUERIES)
    p = subprocess.run(["sqlite3", ":memory:"], input=query_script.encode(), capture_output=True, check=True)
    real = [float(x) for x in re.findall(r"Run Time: real ([0-9.]+)", p.stdout.decode())]
    results["sqlite3"] = {"load": statistics.median(loads), "memory": max(peaks),
                          "queries": [statistics.median(real[k * runs:(k + 1) * runs]) for k in range(len(QUERIES))]}
    print("sqlite3", results["sqlite3"], flush=True)

    for source in [(csv_path, "csv"), (jsonl, "jsonl")]:
        for threads in [1, os.cpu_count()]:
            name = "DuckDB %s, %d thread%s" % ("CSV" if source[1] == "csv" else "JSONL", threads, "" if threads == 1 else "s")
            outs, peaks = [], []
            for _ in range(runs):
                wrapper = [sys.executable, "-c", duckdb_script(source, threads, runs)]
                p = subprocess.run([sys.executable, "-c",
                                    "import resource, subprocess, sys\n"
                                    "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
                                    "sys.stderr.buffer.write(p.stderr)\n"
                                    "if p.returncode: sys.exit(p.returncode)\n"
                                    "print(p.stdout.decode().strip()); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"]
                                   + wrapper, capture_output=True)
                if p.returncode:
                    sys.exit("DuckDB failed:\n" + p.stderr.decode()[-2000:])
                line, mb = p.stdout.decode().strip().split("\n")[-2:]
                outs.append(json.loads(line))
                peaks.append(float(mb))
            results[name] = {"load": statistics.median(o["load"] for o in outs), "memory": max(peaks),
                             "queries": [statistics.median(o["queries"][k] for o in outs) for k in range(len(QUERIES))]}
            print(name, results[name], flush=True)

    postgres(jsonl, runs, results)

    print("\n%d claims, medians of %d (load: whole claimq and sqlite3 processes; DuckDB: the load statement in process;"
          " memory: peak RSS of the process; queries: timed by each engine)\n" % (n, runs))
    names = list(results)
    header = "| | " + " | ".join(names) + " |"
    print(header)
    print("|" + "---|" * (len(names) + 1))
    print("| load | " + " | ".join("%.2f s" % results[e]["load"] for e in names) + " |")
    print("| peak memory | " + " | ".join("%.0f MB" % results[e]["memory"] for e in names) + " |")
    for k, (q, _) in enumerate(QUERIES):
        print("| `%s` | " % q + " | ".join("%.1f ms" % (results[e]["queries"][k] * 1000) for e in names) + " |")
    print("\nclaimq (JSONL dataset) ÷ each other engine (above 1: claimq is slower):\n")
    mine = results["claimq, JSONL dataset"]
    others = [e for e in names if not e.startswith("claimq,")]
    print("| | " + " | ".join(others) + " |")
    print("|" + "---|" * (len(others) + 1))
    print("| load | " + " | ".join("%.2f" % (mine["load"] / results[e]["load"]) for e in others) + " |")
    print("| peak memory | " + " | ".join("%.2f" % (mine["memory"] / results[e]["memory"]) for e in others) + " |")
    for k, (q, _) in enumerate(QUERIES):
        print("| `%s` | " % q + " | ".join("%.2f" % (mine["queries"][k] / max(results[e]["queries"][k], 1e-6)) for e in others) + " |")


if __name__ == "__main__":
    main()
