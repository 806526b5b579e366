#!/bin/sh
# The GitHub Actions workflows (.github/workflows/*.yml) are for the project's public repository;
# nothing here can run them. This checks that each one is a valid workflow (the YAML parses and
# every key is one GitHub knows, with a value of the right shape), with action-validator from the
# npm registry (installed once into the cache, pinned), so that a broken workflow fails CI here.
# Usage: sh scripts/check-workflows.sh
set -eu
cd "$(dirname "$0")/.."
cache=${LAPWING_CACHE:-/var/cache/lapwing}
validator_version=0.6.0
validator="$cache/npm/node_modules/.bin/action-validator"

if [ ! -x "$validator" ] ||
    ! grep -q "\"version\": \"$validator_version\"" \
        "$cache/npm/node_modules/@action-validator/cli/package.json" 2>/dev/null; then
    command -v npm >/dev/null || { echo "check-workflows: npm is missing (sh scripts/setup-debian.sh installs it)" >&2; exit 1; }
    mkdir -p "$cache/npm"
    npm install --prefix "$cache/npm" --no-audit --no-fund --loglevel=error \
        "@action-validator/cli@$validator_version" >/dev/null
fi
status=0
count=0
for workflow in .github/workflows/*.yml; do
    count=$((count + 1))
    if "$validator" "$workflow" >"$cache/npm/errors.txt" 2>&1; then
        echo "check-workflows: $workflow is a valid workflow"
    else
        head -n 60 "$cache/npm/errors.txt" >&2
        echo "check-workflows: $workflow is NOT a valid workflow (above: why)" >&2
        status=1
    fi
done
[ "$count" -gt 0 ] || { echo "check-workflows: no workflow found" >&2; exit 1; }
exit $status
