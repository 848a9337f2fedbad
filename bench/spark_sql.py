#!/usr/bin/env python3
"""`claimq sql --dialect spark` run by Spark SQL (pyspark, local mode), beside DuckDB.

    pip install pyspark==4.3.0 duckdb==2.0.1     # pyspark needs Java 17 or later
    scripts/build-release.sh && python3 bench/spark_sql.py [DATASET.jsonl] [RUNS]

DATASET defaults to the claims dataset bench/scale.py makes for 100,000 claims
(/tmp/claimq-scale-100000/scale.jsonl; run `python3 bench/scale.py 100000 1` first).
Each statement below is compiled by claimq for Spark and for DuckDB; Spark reads the
dataset through sql/spark-view.sql and DuckDB through sql/duckdb-view.sql. The rows
must agree (numbers to 1e-9 relative; DuckDB's answers are the ones the test suite
holds to claimq's own). Prints each statement's median time in both engines, RUNS
runs each (default 3), and how many statements agreed.
"""
import json, math, os, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLAIMQ = os.environ.get("CLAIMQ", os.path.join(ROOT, ".build-release", "release", "claimq"))

STATEMENTS = [
    'count claims',
    'sum refusals where state = "CA"',
    'sum value where unit = "people" and qualifier in ("approx", "nearly")',
    'avg arrests where country = "Mexico" or state = "TX"',
    'min detainers where period overlaps 2016',
    'max removals where period within 2014..2017',
    'count claims by state',
    'count claims by country, qualifier',
    'sum refusals by period',
    'max value where unit = "people" by source',
    'avg hearings by place',
    'count claims where quote contains "california" by metric',
    "count claims where quote contains \"o'brien\" or source contains \"\\\\\"",
    'count claims where state is null and not (value > 100)',
    'count claims where value between 10 and 1000 and paragraph not in (1, 2, 3)',
    'list where metric = "refusals" and state = "CA" order by value desc limit 10',
    'list order by source limit 7',
    'list where period overlaps 2015-06..2016-02 order by period limit 5',
    'show 4242',
    'timeline refusals where state = "NY" and value > 5000',
    'sum refusals / count refusals',
    '(max arrests where state = "CA") - (min arrests where state = "CA") * 2',
    'check',
]


def compile_sql(statement, dialect):
    p = subprocess.run([CLAIMQ, "sql", "--dialect", dialect, statement], capture_output=True, text=True)
    if p.returncode:
        sys.exit("claimq sql failed on %r: %s" % (statement, p.stderr))
    return [q.rstrip(";") for q in p.stdout.splitlines() if q.strip()]


def same(a, b):
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b or abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b)) or (math.isnan(a) and math.isnan(b))
    return a == b


def plain(value):
    if hasattr(value, "asDict"):
        return [plain(v) for v in value]
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def main():
    dataset = sys.argv[1] if len(sys.argv) > 1 else "/tmp/claimq-scale-100000/scale.jsonl"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    if not os.path.exists(dataset):
        sys.exit("no dataset at %s: run python3 bench/scale.py 100000 1 first, or name one" % dataset)
    import duckdb
    from pyspark.sql import SparkSession
    quoted = "'" + os.path.abspath(dataset).replace("'", "''") + "'"

    t = time.perf_counter()
    spark = (SparkSession.builder.master("local[*]").appName("claimq-bench").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    view = open(os.path.join(ROOT, "sql", "spark-view.sql"), encoding="utf-8").read().replace("'claims.jsonl'", quoted)
    for statement in [s for s in view.split(";") if s.strip() and not all(l.startswith("--") for l in s.strip().splitlines())]:
        spark.sql(statement)
    spark.sql("CACHE TABLE claims")
    spark_load = time.perf_counter() - t

    t = time.perf_counter()
    con = duckdb.connect()
    con.execute(open(os.path.join(ROOT, "sql", "duckdb-view.sql"), encoding="utf-8").read().replace("'claims.jsonl'", quoted))
    con.execute("CREATE TABLE cached AS SELECT * FROM claims; CREATE OR REPLACE VIEW claims AS SELECT * FROM cached")
    duck_load = time.perf_counter() - t
    claims = con.execute("SELECT count(*) FROM claims").fetchone()[0]
    print("%s: %d claims; Spark %s local[%d] cached the view in %.1f s, DuckDB %s in %.1f s\n"
          % (dataset, claims, spark.version, os.cpu_count(), spark_load, duckdb.__version__, duck_load))

    agreed = 0
    print("| statement | queries | rows | Spark | DuckDB | agree |")
    print("|---|---|---|---|---|---|")
    for statement in STATEMENTS:
        spark_queries, duck_queries = compile_sql(statement, "spark"), compile_sql(statement, "duckdb")
        spark_times, duck_times, ok, rows = [], [], True, 0
        for sq, dq in zip(spark_queries, duck_queries):
            for _ in range(runs):
                t = time.perf_counter()
                s_rows = [plain(r) for r in spark.sql(sq).collect()]
                spark_times.append(time.perf_counter() - t)
                t = time.perf_counter()
                d_rows = [plain(list(r)) for r in con.execute(dq).fetchall()]
                duck_times.append(time.perf_counter() - t)
            rows += len(d_rows)
            if not same(s_rows, d_rows):
                ok = False
                print("DIFFERENT: %s\n  Spark:  %s\n  DuckDB: %s" % (sq, str(s_rows)[:300], str(d_rows)[:300]), file=sys.stderr)
        agreed += ok
        n = len(spark_queries)
        print("| `%s` | %d | %d | %.1f ms | %.1f ms | %s |" % (statement.replace("|", "\\|"), n, rows,
              statistics.median(spark_times) * 1000 * n, statistics.median(duck_times) * 1000 * n, "yes" if ok else "NO"))
    print("\n%d of %d statements gave the same rows in Spark and DuckDB (times: medians of %d, per statement)" % (agreed, len(STATEMENTS), runs))
    spark.stop()
    sys.exit(0 if agreed == len(STATEMENTS) else 1)


if __name__ == "__main__":
    main()
