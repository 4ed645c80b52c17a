#!/usr/bin/env bash
# Quick start 1: install what is missing, build, and open Dokhae. On first run the library is empty
# and the bundled articles (seeds/) are imported into it. Arguments go to the app (e.g. --db FILE).
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/packaging/install-deps.sh"
"$top/packaging/build.sh"
exec "$top/build/app/gui/dokhae" "$@"
