#!/usr/bin/env python3
"""Runs SQL queries in DuckDB over a claims dataset, for the differential tests
(Tests/claimqTests/SQLDifferentialTests.swift).

    python3 duckdb_run.py VIEW.sql DATASET.jsonl < queries.json > answers.json

VIEW.sql is sql/duckdb-view.sql; its path 'claims.jsonl' is replaced by DATASET.
stdin holds a JSON array of queries; stdout gets a JSON array with, for each query,
{"rows": [[...], ...]} or {"error": "..."}. Needs DuckDB's Python package
(scripts/setup.sh installs it).
"""
import json, sys

try:
    import duckdb
except ImportError:
    sys.exit("duckdb_run: DuckDB's Python package is missing: run scripts/setup.sh (pip install duckdb==2.0.1)")


def plain(value):
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def main():
    view, dataset = sys.argv[1], sys.argv[2]
    con = duckdb.connect()
    con.execute("SET threads = 1")
    con.execute(open(view, encoding="utf-8").read().replace("'claims.jsonl'", "'" + dataset.replace("'", "''") + "'"))
    answers = []
    for query in json.load(sys.stdin):
        try:
            answers.append({"rows": [plain(list(row)) for row in con.execute(query).fetchall()]})
        except duckdb.Error as error:
            answers.append({"error": str(error)})
    json.dump(answers, sys.stdout)


if __name__ == "__main__":
    main()
