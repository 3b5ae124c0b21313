#!/usr/bin/env bash
# The suite once more, eight tests at a time on however many cores there are (issue 22.1): each
# test executable has its own XDG folders (tests/CMakeLists.txt, crossings_test()), so tests that
# share a file, a setting or a port fail here rather than one run in four on a developer's machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
ctest --test-dir build -j8 --output-on-failure
