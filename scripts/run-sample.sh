#!/usr/bin/env bash
# Runs the CLI on the bundled sample document: installs missing packages, builds the `jixiao`
# program (target jixiao_cli) and prints `jixiao show examples/data/zjk-kexie-2025-targets.txt`.
# Extra arguments are passed on to `jixiao show`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

bash "$repo/scripts/setup-deps.sh" >&2
configure_and_build default "$build_dir" jixiao_cli >&2
exec "$build_dir/jixiao" show "$repo/examples/data/zjk-kexie-2025-targets.txt" "$@"
