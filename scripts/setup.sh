#!/usr/bin/env bash
# Installs what building and testing need. Idempotent: each step is skipped when already in place,
# so a warm run takes seconds; a fresh machine pays ~25-30 min once (compiling Trunk and
# wasm-bindgen-cli on 2 cores).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

step() { printf '[setup] %s\n' "$*"; }

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "wasm32-unknown-unknown target: present"
else
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; then
  step "chromium + chromedriver: present"
else
  step "installing chromium + chromium-driver (apt)"
  sudo_cmd=()
  [[ "$(id -u)" -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium chromium-driver
fi

if [[ "$(trunk --version 2>/dev/null || true)" == "trunk $TRUNK_VERSION" ]]; then
  step "trunk $TRUNK_VERSION: present"
else
  step "installing trunk $TRUNK_VERSION (cargo install, ~20 min on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [[ -z "$WASM_BINDGEN_VERSION" ]]; then
  echo "[setup] cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" == "wasm-bindgen $WASM_BINDGEN_VERSION" ]]; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION: present"
else
  # Not --locked: its lock file pins a crate release the registry does not serve.
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, ~5-9 min)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  step "npm ci"
  npm ci --no-audit --no-fund
else
  step "node_modules: up to date"
fi

step "cargo fetch"
cargo fetch --quiet

step "done (wasm-opt: $(wasm-opt --version 2>/dev/null || echo missing))"
