#!/usr/bin/env bash
# Every C++ source follows the committed .clang-format (issue 20): Debian 12's clang-format 14,
# the same a developer gets with `apt-get install clang-format`. Prints the files and lines that
# differ; `git ls-files '*.cpp' '*.h' | xargs clang-format -i` fixes them.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v clang-format >/dev/null; then
    $sudo apt-get install -y --no-install-recommends clang-format ||
        { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends clang-format; }
fi
clang-format --version
git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
echo "clang-format: $(git ls-files '*.cpp' '*.h' | wc -l) files as .clang-format says"
