#!/usr/bin/env bash
# Regenerates Sources/ClaimStore/EmbeddedSample.swift from samples/, so that the
# sample article and its claims are built into the binary and `claimq` works from
# any directory. The claims are written out as Swift values, already checked
# against the article and placed in it by claimq's own loader, so start-up does
# no JSON decoding or text matching. Run after editing either sample file; a test
# fails until you do.
set -euo pipefail
cd "$(dirname "$0")/.."
slug=sanctuary-ice-detainers
swift build --product claimq >/dev/null
.build/debug/claimq "samples/$slug.txt" --format json -c 'list claims' > /tmp/claimq-embed.$$.json
python3 scripts/embed_sample.py "$slug" /tmp/claimq-embed.$$.json > Sources/ClaimStore/EmbeddedSample.swift
rm -f /tmp/claimq-embed.$$.json
echo "wrote Sources/ClaimStore/EmbeddedSample.swift"
