#!/usr/bin/env bash
# Installs claimq: PREFIX/bin/claimq (the static release build), its manual page and
# its shell completions (bash, zsh, fish, as swift-argument-parser writes them).
#
#   scripts/install.sh [PREFIX]               build and install (PREFIX: /usr/local)
#   scripts/install.sh --uninstall [PREFIX]   remove exactly what install puts there
#   scripts/install.sh --binary FILE [PREFIX] install FILE instead of building
set -euo pipefail
cd "$(dirname "$0")/.."

uninstall=0
binary=""
prefix=""
while [ $# -gt 0 ]; do
  case "$1" in
    --uninstall) uninstall=1 ;;
    --binary) shift; binary="${1:?--binary needs a file}" ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "install: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) [ -z "$prefix" ] || { echo "install: one PREFIX only" >&2; exit 2; }; prefix="$1" ;;
  esac
  shift
done
prefix="${prefix:-/usr/local}"

files=(
  "bin/claimq"
  "share/man/man1/claimq.1"
  "share/bash-completion/completions/claimq"
  "share/zsh/site-functions/_claimq"
  "share/fish/vendor_completions.d/claimq.fish"
)

if [ "$uninstall" -eq 1 ]; then
  for f in "${files[@]}"; do
    if [ -e "$prefix/$f" ] || [ -L "$prefix/$f" ]; then rm -f "$prefix/$f" && echo "removed $prefix/$f"; fi
  done
  exit 0
fi

if [ -z "$binary" ]; then
  binary="$(scripts/build-release.sh | tail -1)"
fi
[ -x "$binary" ] || { echo "install: $binary is not an executable" >&2; exit 1; }

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/claimq"
install -m 644 claimq.1 "$prefix/share/man/man1/claimq.1"
for shell in bash zsh fish; do
  case "$shell" in
    bash) target="share/bash-completion/completions/claimq" ;;
    zsh) target="share/zsh/site-functions/_claimq" ;;
    fish) target="share/fish/vendor_completions.d/claimq.fish" ;;
  esac
  "$prefix/bin/claimq" --generate-completion-script "$shell" > "$prefix/$target.tmp"
  chmod 644 "$prefix/$target.tmp"
  mv "$prefix/$target.tmp" "$prefix/$target"
done
for f in "${files[@]}"; do echo "installed $prefix/$f"; done
