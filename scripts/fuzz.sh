#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS (default 60) and says what it found.
#
#   scripts/fuzz.sh query|claims|extract [SECONDS]
#
#   query    statements over the sample store, in every output format
#   claims   claims files for the sample article
#   extract  articles: extraction, and the extract -> load round trip
#
# Seeds come from samples/ and from earlier findings. A crash, a broken invariant
# (see Tests/ClaimFuzzing/FuzzChecks.swift), an input slower than 10 s or one using
# more than 4 GB is written to Fuzz/findings/TARGET/; commit it, fix it, and
# FuzzRegressionTests keeps it fixed. Needs the swift.org toolchain's libFuzzer (Linux).
set -euo pipefail
target=${1:-}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
case "$target" in
    query|claims|extract) ;;
    *) echo "usage: scripts/fuzz.sh query|claims|extract [SECONDS]" >&2; exit 2 ;;
esac
# SwiftPM plans a path dependency's files once; a touched manifest makes it look
# again, so files added to the main package since the last fuzz build are seen.
touch "$root/Fuzz/Package.swift"
swift build --package-path "$root/Fuzz" -c release --product "fuzz-$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld 2>&1 | grep -v "Cannot export local symbol" >&2
binary="$root/Fuzz/.build/release/fuzz-$target"

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
case "$target" in
    query)
        # each statement line of the example scripts on its own, and each script whole
        n=0
        for script in "$root"/samples/*.cq; do
            cp "$script" "$seeds/"
            while IFS= read -r line; do n=$((n + 1)); printf '%s\n' "$line" > "$seeds/line-$n"; done < "$script"
        done
        max_len=4096 ;;
    claims) cp "$root"/samples/*.claims.json "$root"/samples/*.extracted.json "$seeds/"; max_len=65536 ;;
    extract) cp "$root"/samples/*.txt "$seeds/"; max_len=65536 ;;
esac
find "$root/Fuzz/findings/$target" -type f ! -name .keep -exec cp {} "$seeds/" \;
dict=()
[ -f "$root/Fuzz/$target.dict" ] && dict=(-dict="$root/Fuzz/$target.dict")

before=$(find "$root/Fuzz/findings/$target" -type f ! -name .keep | wc -l)
# Swift's crash backtracer would hold each crash for seconds; leaks of process-wide caches are not findings.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$binary" "$seeds" "${dict[@]}" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$root/Fuzz/findings/$target/" -print_final_stats=1 2>&1 | tail -n 25 || true
after=$(find "$root/Fuzz/findings/$target" -type f ! -name .keep | wc -l)
echo "fuzz $target: ran ${seconds}s; $((after - before)) new finding(s) in Fuzz/findings/$target/"
[ "$after" -eq "$before" ]
