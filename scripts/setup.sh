#!/usr/bin/env bash
# Installs what building and testing claimq need beyond Swift itself: libedit's
# headers, man (the installer test reads the manual page with man -l), and DuckDB's
# Python package and PostgreSQL (the SQL differential tests run what `claimq sql`
# prints in both).
# Safe to run again; does nothing when they are already there.
set -euo pipefail
if ! python3 -c 'import duckdb' 2>/dev/null; then
  if python3 -m pip install -q duckdb==2.0.1; then
    echo "setup: installed DuckDB's Python package"
  else
    echo "setup: could not install DuckDB's Python package (pip install duckdb): the SQL tests will fail" >&2
  fi
fi
need=""
[ -f /usr/include/histedit.h ] || pkg-config --exists libedit 2>/dev/null || need="libedit-dev"
command -v man >/dev/null || need="$need man-db"   # the install test reads the manual page with man -l
# The SQL tests start a private PostgreSQL server of their own (Debian keeps its programs off PATH).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
if [ -z "$need" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "setup: install $need (libedit's development files: libedit-dev, or brew install libedit) and run again" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need >/dev/null
echo "setup: installed $need"
