#!/usr/bin/env bash
# THE test command. Installs missing packages, builds everything with g++ and with clang++ under
# AddressSanitizer + UndefinedBehaviorSanitizer (warnings are errors in both), runs the Python tests
# (when tests/python has any) and the ctest suite on each build, then every fuzz target briefly.
# Exits non-zero when any step fails; the run ends with the fuzzers' summary.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

step "dependencies"
bash "$repo/scripts/setup-deps.sh"

step "g++ build in $build_dir"
configure_and_build default "$build_dir"

step "clang++ build with ASan + UBSan in $asan_build_dir"
configure_and_build asan "$asan_build_dir"

failed=()

# The README promises `import jixiao` after this command: install the Python package into
# /usr/bin/python3's site directory for local installs, then check it imports from elsewhere.
step "install the Python package"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo cmake --install "$build_dir" --component python --prefix /usr/local
(cd / && env -u PYTHONPATH /usr/bin/python3 -c "import jixiao; print('import jixiao:', jixiao.__file__)") ||
  failed+=("import jixiao after install")

# pytest_on <build dir> [env assignments…]: pytest tests/python with the package built there. The
# bindings build puts the importable package under <build>/python. Exit code 5 means "no tests
# collected", which is not a failure.
pytest_on() {
  local dir=$1 status=0
  shift
  if [ -z "$(find "$repo/tests/python" \( -name 'test_*.py' -o -name '*_test.py' \) -print -quit 2>/dev/null)" ]; then
    return
  fi
  step "pytest tests/python on $dir"
  (cd "$repo" && env "$@" JIXIAO_BUILD_DIR="$dir" PYTHONPATH="$dir/python${PYTHONPATH:+:$PYTHONPATH}" \
     PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 -m pytest -p no:cacheprovider -q tests/python) || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 5 ]; then failed+=("pytest on $dir (exit code $status)"); fi
}

# ctest_on <build dir> [env assignments…]
ctest_on() {
  local dir=$1
  shift
  step "ctest on $dir"
  env "$@" ctest --test-dir "$dir" --output-on-failure --no-tests=error --timeout 600 --parallel "$jobs" ||
    failed+=("ctest on $dir")
}

pytest_on "$build_dir"
ctest_on "$build_dir"

# clang links no sanitizer runtime into the extension module, and ASan's must be loaded before
# anything else: the interpreter preloads clang's shared one, which holds UBSan's handlers too. CPython keeps objects alive until
# exit by design, so leak detection is off for it; the C++ tests keep it.
pytest_on "$asan_build_dir" LD_PRELOAD="$(clang++ -print-file-name=libclang_rt.asan-x86_64.so)" \
  ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
ctest_on "$asan_build_dir" UBSAN_OPTIONS=print_stacktrace=1

# Each fuzz target for a short while, two at a time (docs/reliability.md); the corpora and
# regressions already ran once in both ctest suites.
step "fuzz targets, ${JIXIAO_FUZZ_SECONDS:-20} s each"
fuzz_work=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-fuzz.XXXXXX")
if bash "$repo/scripts/fuzz.sh" --seconds "${JIXIAO_FUZZ_SECONDS:-20}" --parallel 2 --work-dir "$fuzz_work"; then
  rm -rf "$fuzz_work"
else
  failed+=("fuzzing (output in $fuzz_work)")
fi

if [ ${#failed[@]} -gt 0 ]; then
  printf '\ntest.sh: FAILED: %s\n' "${failed[*]}" >&2
  exit 1
fi
