#!/usr/bin/env bash
# THE benchmark command (issue 7): configures a Release build with the benchmarks in
# $JIXIAO_BENCH_BUILD_DIR (default build-bench), builds the benchmark binary, the corpus generator,
# read_file, read_front_end and the Python module, then runs bench_jixiao, benchmarks/bench_python.py
# and benchmarks/bench_formats.py.
#
#   scripts/bench.sh                     # short run (0.1 s a benchmark), about half a minute
#   BENCH_MIN_TIME=2 scripts/bench.sh    # steadier figures for docs/performance.md
#   scripts/bench.sh --benchmark_filter=Read   # extra arguments go to bench_jixiao
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.bash"

bench_dir=${JIXIAO_BENCH_BUILD_DIR:-$repo/build-bench}
min_time=${BENCH_MIN_TIME:-0.1}

step "dependencies"
bash "$repo/scripts/setup-deps.sh"

step "Release build in $bench_dir"
cmake -S "$repo" -B "$bench_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJIXIAO_BUILD_PYTHON=ON \
  -DJIXIAO_BUILD_TESTS=OFF -DJIXIAO_BENCHMARKS=ON
cmake --build "$bench_dir" --parallel "$jobs" --target bench_jixiao make_corpus read_file read_front_end jixiao_python

step "bench_jixiao (min time ${min_time} s)"
"$bench_dir/benchmarks/bench_jixiao" --benchmark_min_time="$min_time" "$@"

step "benchmarks/bench_python.py"
PYTHONPATH="$bench_dir/python" /usr/bin/python3 "$repo/benchmarks/bench_python.py"

step "benchmarks/bench_formats.py (xlsx against pandas.read_excel)"
/usr/bin/python3 "$repo/benchmarks/bench_formats.py" --reader "$bench_dir/benchmarks/read_front_end"
