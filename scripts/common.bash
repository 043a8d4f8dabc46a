# Sourced by the scripts: where things are, and one configure-and-build step.
# JIXIAO_BUILD_DIR / JIXIAO_ASAN_BUILD_DIR move the build directories;
# CMAKE_BUILD_PARALLEL_LEVEL sets the number of compile jobs (default: all cores).

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${JIXIAO_BUILD_DIR:-$repo/build}
asan_build_dir=${JIXIAO_ASAN_BUILD_DIR:-$repo/build-asan}
jobs=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}

# A heading with the seconds since the script started, so slow steps show in CI logs.
step() { printf '\n== %s [%ds]\n' "$*" "$SECONDS"; }

# configure_and_build <preset> <build dir> [target…]: the options live in CMakePresets.json.
configure_and_build() {
  local preset=$1 dir=$2
  shift 2
  local targets=()
  if [ $# -gt 0 ]; then targets=(--target "$@"); fi
  cmake -S "$repo" -B "$dir" --preset "$preset"
  cmake --build "$dir" --parallel "$jobs" "${targets[@]}"
}
