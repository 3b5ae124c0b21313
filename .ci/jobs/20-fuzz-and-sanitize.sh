#!/usr/bin/env bash
# The libFuzzer run and the sanitizer build of the whole test suite (docs/IMPORT.md).
set -euo pipefail
cd "$(dirname "$0")/../.."
exec bash .ci/fuzz-and-sanitize.sh
