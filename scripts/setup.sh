#!/usr/bin/env bash
# Installs what building claimq needs beyond Swift itself: libedit's headers.
# Safe to run again; does nothing when they are already there.
set -euo pipefail
if [ -f /usr/include/histedit.h ] || pkg-config --exists libedit 2>/dev/null; then
  exit 0
fi
if ! command -v apt-get >/dev/null; then
  echo "setup: install libedit's development files (libedit-dev, or brew install libedit) and run again" >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libedit-dev >/dev/null
echo "setup: installed libedit-dev"
