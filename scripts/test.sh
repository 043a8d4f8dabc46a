#!/usr/bin/env bash
# THE test command. Installs missing packages, builds everything with g++ and with clang++ (warnings
# are errors in both), runs the Python tests when tests/python has any, then the ctest suite.
# Exits non-zero when any step fails; a passing run ends with ctest's summary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

step "dependencies"
bash "$repo/scripts/setup-deps.sh"

step "g++ build in $build_dir"
configure_and_build default "$build_dir"

step "clang++ build in $clang_build_dir"
configure_and_build clang "$clang_build_dir"

failed=()

# The README promises `import jixiao` after this command: install the Python package into
# /usr/bin/python3's site directory for local installs, then check it imports from elsewhere.
step "install the Python package"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo cmake --install "$build_dir" --component python --prefix /usr/local
(cd / && env -u PYTHONPATH /usr/bin/python3 -c "import jixiao; print('import jixiao:', jixiao.__file__)") ||
  failed+=("import jixiao after install")

if [ -n "$(find "$repo/tests/python" \( -name 'test_*.py' -o -name '*_test.py' \) -print -quit 2>/dev/null)" ]; then
  step "pytest tests/python"
  status=0
  # The bindings build puts the importable package under <build>/python. Exit code 5 means
  # "no tests collected", which is not a failure.
  (cd "$repo" && JIXIAO_BUILD_DIR="$build_dir" PYTHONPATH="$build_dir/python${PYTHONPATH:+:$PYTHONPATH}" \
     PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 -m pytest -p no:cacheprovider -q tests/python) || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 5 ]; then failed+=("pytest (exit code $status)"); fi
fi

step "ctest"
ctest --test-dir "$build_dir" --output-on-failure --no-tests=error --timeout 600 --parallel "$jobs" ||
  failed+=("ctest")

if [ ${#failed[@]} -gt 0 ]; then
  printf '\ntest.sh: FAILED: %s\n' "${failed[*]}" >&2
  exit 1
fi
