#!/usr/bin/env bash
# Development server with live reload: http://127.0.0.1:8080/
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash scripts/setup.sh
echo
echo "  Serving the calculator at:  http://127.0.0.1:8080/   (Ctrl+C to stop)"
echo
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
