#!/usr/bin/env bash
# Installs what building and testing claimq need beyond Swift itself: libedit's
# headers, and man (the installer test reads the manual page with man -l).
# Safe to run again; does nothing when they are already there.
set -euo pipefail
need=""
[ -f /usr/include/histedit.h ] || pkg-config --exists libedit 2>/dev/null || need="libedit-dev"
command -v man >/dev/null || need="$need man-db"   # the install test reads the manual page with man -l
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
