#!/usr/bin/env bash
# Configures and builds Dokhae in ./build (warnings are errors, as in CI). Extra arguments go to cmake.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOKHAE_WERROR=ON "$@"
cmake --build "$top/build" --parallel "$(nproc)"
