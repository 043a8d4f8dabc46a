#!/usr/bin/env bash
# Runs the fuzz targets of tests/fuzz (docs/reliability.md):
#
#   scripts/fuzz.sh [TARGET…] [--seconds N] [--parallel N] [--work-dir DIR]
#
# Builds the libFuzzer programs in build-asan/ (preset `asan`; JIXIAO_ASAN_BUILD_DIR moves it), then
# runs each TARGET (default: all of read target decimal json actuals xlsx docx html, and pdf where
# poppler is installed) for N seconds (default 60), N targets at a time (default 1), seeded with its
# checked-in corpus and regressions and its dictionary. New inputs go to DIR/<target>/corpus,
# findings to DIR/<target>/findings, the output (with -print_final_stats=1) to DIR/<target>.log;
# DIR defaults to a new temporary directory. The checked-in corpus is never written: add an input
# to git deliberately, minimized. Exits non-zero when any target found a crash, a leak, a timeout
# or a violated property.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

all_targets=(read target decimal json actuals xlsx docx html)
# The PDF front end is built where poppler is found (docs/building.md).
if pkg-config --exists poppler 2>/dev/null; then all_targets+=(pdf); fi
targets=()
seconds=60
parallel=1
work_dir=""
while [ $# -gt 0 ]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    --work-dir) work_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *)
      if [[ ! " ${all_targets[*]} " =~ " $1 " ]]; then
        echo "fuzz.sh: unknown target $1 (the targets are ${all_targets[*]})" >&2
        exit 2
      fi
      targets+=("$1"); shift ;;
  esac
done
if [ ${#targets[@]} -eq 0 ]; then targets=("${all_targets[@]}"); fi
if [ -z "$work_dir" ]; then work_dir=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-fuzz.XXXXXX"); fi
mkdir -p "$work_dir"
fuzz_dir=$repo/tests/fuzz

step "fuzz targets build in $asan_build_dir"
configure_and_build asan "$asan_build_dir" "${targets[@]/#/fuzz_}"

# run_target <name>: one libFuzzer run; its exit code goes to <work dir>/<name>.status.
run_target() {
  local name=$1
  local seeds=("$fuzz_dir/corpus/$name")
  if [ -d "$fuzz_dir/regressions/$name" ]; then seeds+=("$fuzz_dir/regressions/$name"); fi
  mkdir -p "$work_dir/$name/corpus" "$work_dir/$name/findings"
  local status=0
  # The first directory receives new inputs; the others are only read. -timeout: an input that
  # takes 10 s is a hang, which is a finding too.
  "$asan_build_dir/tests/fuzz/fuzz_$name" "$work_dir/$name/corpus" "${seeds[@]}" -dict="$fuzz_dir/$name.dict" \
    -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$work_dir/$name/findings/" >"$work_dir/$name.log" 2>&1 || status=$?
  echo "$status" >"$work_dir/$name.status"
}

step "fuzzing ${targets[*]} for ${seconds} s each, $parallel at a time; output in $work_dir"
# Lanes: target k runs in lane k mod N, each lane one target after the other.
lanes=()
for ((lane = 0; lane < parallel; ++lane)); do
  (
    for ((k = lane; k < ${#targets[@]}; k += parallel)); do run_target "${targets[k]}"; done
  ) &
  lanes+=($!)
done
wait "${lanes[@]}"

failed=()
for name in "${targets[@]}"; do
  status=$(cat "$work_dir/$name.status")
  # libFuzzer's closing lines: `#N DONE cov: … ft: … corp: …` and the stat:: counters.
  summary=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$work_dir/$name.log" | tail -1 || true)
  runs=$(grep -E '^stat::number_of_executed_units' "$work_dir/$name.log" | awk '{print $2}' || true)
  printf '%-8s exit %s, %s runs  %s\n' "$name" "$status" "${runs:-?}" "$summary"
  if [ "$status" -ne 0 ]; then
    failed+=("$name")
    grep -E -A3 'ERROR|property violated|SUMMARY' "$work_dir/$name.log" | head -20 >&2 || true
    ls "$work_dir/$name/findings" >&2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  printf '\nfuzz.sh: findings in %s (see %s/<target>.log and %s/<target>/findings)\n' "${failed[*]}" "$work_dir" \
    "$work_dir" >&2
  exit 1
fi
