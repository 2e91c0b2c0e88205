#!/usr/bin/env bash
# Benchmarks, one command: builds the release app, then runs each benchmark; each prints its
# figures and fails over its budget. Not part of scripts/test.sh (CI time), except the size
# budget, which the e2e layer checks.
#
#   bash scripts/bench.sh                    # build + size, engine, import, browser, trial, open, lighthouse
#   bash scripts/bench.sh size browser       # only these
#   SKIP_BUILD=1 bash scripts/bench.sh       # reuse dist/
#
#   size        dist/ files raw/gzip/brotli; first-load gzip ≤ 220 KB           scripts/bench/size.mjs
#   engine      cargo bench (criterion), one full evaluation ≤ 50 µs            scripts/bench/engine.mjs
#   import      diary import of 10,000 days (parse + preview + merge) ≤ 1 s     scripts/bench/import.mjs
#   browser     load → first result median ≤ 300 ms; input → result p95 ≤ 16 ms scripts/bench/browser.mjs
#   trial       open the Trial screen with 10,000 stored days, median ≤ 300 ms   scripts/bench/trial.mjs
#   open        from a link, Forms usable ≤ 1.15 × Dose, at 1× and 4× CPU    scripts/bench/open.mjs
#   lighthouse  perf ≥ 95, a11y 100, best practices ≥ 95, SEO ≥ 90 (mobile)     scripts/bench/lighthouse.mjs
# The output is also written to target/bench/latest.txt.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

benches=("$@")
[[ ${#benches[@]} -eq 0 ]] && benches=(size engine import browser trial open lighthouse)
dist="${DIST:-dist}"
mkdir -p target/bench
log=target/bench/latest.txt
: >"$log"

{
  bash scripts/setup.sh >/dev/null || { echo "setup failed" >&2; exit 1; }
  if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$dist/index.html" ]]; then
    echo "===== build: trunk build --release --dist $dist ====="
    trunk build --release --dist "$dist" || { echo "build failed" >&2; exit 1; }
  fi
  echo "machine: $(nproc) cores, $(uname -m), node $(node --version), $(/usr/bin/chromium --version 2>/dev/null || echo chromium?)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit: $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo '+changes')"

  summary=()
  failed=0
  for bench in "${benches[@]}"; do
    printf '\n===== bench: %s =====\n' "$bench"
    start=$SECONDS
    case "$bench" in
      size) node scripts/bench/size.mjs "$dist" ;;
      engine) node scripts/bench/engine.mjs ;;
      import) node scripts/bench/import.mjs ;;
      browser) node scripts/bench/browser.mjs "$dist" ;;
      trial) node scripts/bench/trial.mjs "$dist" ;;
      open) node scripts/bench/open.mjs "$dist" ;;
      lighthouse) CHROME_PATH="${CHROME_PATH:-$CHROMIUM}" node scripts/bench/lighthouse.mjs "$dist" ;;
      *) echo "unknown benchmark: $bench (size, engine, import, browser, trial, open, lighthouse)"; false ;;
    esac
    status=$?
    if [[ $status -eq 0 ]]; then summary+=("PASS  $bench ($((SECONDS - start))s)"); else summary+=("FAIL  $bench ($((SECONDS - start))s)"); failed=1; fi
  done
  printf '\n===== bench summary =====\n'
  printf '%s\n' "${summary[@]}"
  exit $failed
} 2>&1 | tee "$log"
exit "${PIPESTATUS[0]}"
