#!/usr/bin/env bash
# Quick start 2: install what is missing, build, and run the whole test suite with CTest.
# GUI tests use Qt's offscreen platform, so no display is needed. CTest's summary is the last line.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$top/packaging/install-deps.sh"
# PostgreSQL 15 is installed by now, so its suites fail rather than skip when they cannot start it.
"$top/packaging/build.sh" -DDOKHAE_REQUIRE_POSTGRES=ON
log=$(mktemp)
status=0
ctest --test-dir "$top/build" --output-on-failure --timeout 600 2>&1 | tee "$log" || status=$?
summary=$(grep -E 'tests passed|tests failed' "$log" | tail -n 1 || true)
rm -f "$log"
echo "${summary:-CTest printed no summary}"
exit "$status"
