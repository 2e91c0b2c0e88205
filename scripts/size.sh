#!/usr/bin/env bash
# Sizes of the release build: every dist/ file raw, gzip (-9) and brotli (q11), the first-load
# total (what index.html loads) and its budget (≤ 220 KB gzip; exits 1 over it). The work is done
# by scripts/bench/size.mjs. Builds first (`trunk build --release`) unless SKIP_BUILD=1 and dist/
# exists.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f dist/index.html ]]; then
  trunk build --release >/dev/null
fi
exec node scripts/bench/size.mjs dist
