#!/usr/bin/env bash
# Builds claimq as it is installed and measured: release, linked into one static
# executable (the Swift runtime, Foundation, libedit and its libraries inside).
# A dynamically linked claimq spends most of a one-shot query in the dynamic
# linker; this one starts faster than sqlite3. Prints the binary's path.
# The linker warns that glibc's user and group look-ups need glibc's shared
# libraries at run time: claimq does not call them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >&2
if ! [ -f /usr/lib/x86_64-linux-gnu/libtinfo.a ] && ! [ -f /usr/lib/libtinfo.a ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libncurses-dev >/dev/null
fi
swift build -c release --scratch-path .build-release -Xswiftc -static-executable \
  -Xlinker -ltinfo -Xlinker -lbsd -Xlinker -lmd 2>&1 | grep -v "statically linked applications requires at runtime\|is dangerous, better use" >&2
echo "$PWD/.build-release/release/claimq"
