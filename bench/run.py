#!/usr/bin/env python3
"""Measures claimq beside sqlite3, in one run, on this machine.

1. One-shot start-up: `claimq -c 'count claims'` against `sqlite3 :memory: 'select 1'`.
2. Piped throughput: N queries through stdin, claimq over the sample's 18 claims and
   sqlite3 over the same 18 rows, the same mix of questions asked in each language.

Prints medians over repeated runs and the ratios. Build first:
    scripts/build-release.sh && python3 bench/run.py
"""
import json, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build-release", "release", "claimq"))
SQLITE = "sqlite3"

# The same questions, in claimq and in SQL (state/period spelled as sqlite columns).
PAIRS = [
    ('sum refusals where state = "CA"', "SELECT sum(value) FROM claims WHERE metric='refusals' AND state='CA';"),
    ('count claims where source = "DHS OIG"', "SELECT count(*) FROM claims WHERE source='DHS OIG';"),
    ('max green_cards', "SELECT max(value) FROM claims WHERE metric='green_cards';"),
    ('count claims where period overlaps 2016',
     "SELECT count(*) FROM claims WHERE period_from <= '2016-12' AND period_to >= '2016-01';"),
]


def timed(cmd, stdin=None):
    start = time.perf_counter()
    subprocess.run(cmd, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def median_of(runs, cmd, stdin=None):
    timed(cmd, stdin)  # warm the page cache
    return statistics.median(timed(cmd, stdin) for _ in range(runs))


def sqlite_database(folder):
    claims = json.loads(subprocess.run([CLAIMQ, "--format", "json", "-c", "list claims"],
                                       capture_output=True, check=True).stdout)["claims"]
    path = os.path.join(folder, "claims.db")
    rows = []
    for c in claims:
        p = c["period"] or {"from": None, "to": None}
        rows.append("(%d,'%s',%r,'%s','%s',%s,'%s',%s,%s)" % (
            c["id"], c["metric"], c["value"], c["unit"], c["place"],
            "'%s'" % c["state"] if c["state"] else "NULL", c["source"].replace("'", "''"),
            "'%s'" % p["from"] if p["from"] else "NULL", "'%s'" % p["to"] if p["to"] else "NULL"))
    script = ("CREATE TABLE claims(id INT, metric TEXT, value REAL, unit TEXT, place TEXT, state TEXT,"
              " source TEXT, period_from TEXT, period_to TEXT); INSERT INTO claims VALUES %s;" % ",".join(rows))
    subprocess.run([SQLITE, path], input=script.encode(), check=True)
    return path


def main():
    if not os.path.exists(CLAIMQ):
        sys.exit("build first: scripts/build-release.sh (or set CLAIMQ=path)")
    n = int(os.environ.get("QUERIES", "10000"))
    runs = int(os.environ.get("RUNS", "15"))
    with tempfile.TemporaryDirectory() as folder:
        db = sqlite_database(folder)
        print(f"claimq: {CLAIMQ}\nsqlite3: {subprocess.run([SQLITE, '--version'], capture_output=True, text=True).stdout.split()[0]}")

        start_c = median_of(runs * 2, [CLAIMQ, "-c", "count claims"])
        start_s = median_of(runs * 2, [SQLITE, ":memory:", "select 1"])
        print(f"\none-shot start-up, median of {runs * 2}:")
        print(f"  claimq -c 'count claims'      {start_c * 1000:7.2f} ms")
        print(f"  sqlite3 :memory: 'select 1'   {start_s * 1000:7.2f} ms")
        print(f"  ratio claimq/sqlite3          {start_c / start_s:7.2f}x")

        cq = "".join(PAIRS[i % len(PAIRS)][0] + "\n" for i in range(n)).encode()
        sq = "".join(PAIRS[i % len(PAIRS)][1] + "\n" for i in range(n)).encode()
        t_c = median_of(runs, [CLAIMQ], cq)
        t_s = median_of(runs, [SQLITE, db], sq)
        print(f"\n{n} piped queries, median of {runs} (start-up included):")
        print(f"  claimq    {t_c * 1000:8.1f} ms  {n / t_c:10.0f} queries/s")
        print(f"  sqlite3   {t_s * 1000:8.1f} ms  {n / t_s:10.0f} queries/s")
        print(f"  ratio claimq/sqlite3 rate     {t_s / t_c:7.2f}x")


if __name__ == "__main__":
    main()
