#!/usr/bin/env bash
# Sizes of the release build: every dist/ file raw and gzip (-9), with totals.
# Builds first (`trunk build --release`) unless SKIP_BUILD=1 and dist/ exists.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f dist/index.html ]]; then
  trunk build --release >/dev/null
fi

total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' "file" "raw" "gzip"
while IFS= read -r -d '' file; do
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${file#dist/}" "$raw" "$gz"
done < <(find dist -type f -print0 | sort -z)
printf '%-48s %10d %10d\n' "TOTAL (bytes)" "$total_raw" "$total_gz"
