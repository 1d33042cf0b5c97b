#!/usr/bin/env bash
# Runs Weir's benchmarks and prints the numbers docs/benchmarks.md records:
#   - JMH: rows per second of datagen -> filter -> project -> blackhole (100 M rows, 5 columns) at parallelism 1 and 2;
#   - the wall time of the whole `./weir -e "SELECT 1"` process, once built, over 20 runs.
# Usage, from the project's root: tests/bench.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

echo "== machine"
echo "cores: $(nproc)"
java -version 2>&1 | head -1

./mvnw -q -B -ntp -Pbench -DskipTests -pl tests -am package
./weir --data-dir "$(mktemp -d)/data" -e "SELECT 1" >/dev/null   # builds weir.jar and its class-data archive if needed

echo "== JMH: datagen -> filter -> project -> blackhole, rows/s"
java -jar tests/target/weir-benchmarks.jar StatelessPipelineBenchmark -rf text -rff /dev/null

echo "== ./weir -e \"SELECT 1\", wall time of the whole process, 20 runs"
scratch="$(mktemp -d)"
times=()
for i in $(seq 1 20); do
  start=$(date +%s%N)
  ./weir --data-dir "$scratch/data-$i" -e "SELECT 1" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
rm -rf "$scratch"
printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1; s += $1 } END {
  printf "runs %d, min %d ms, median %d ms, mean %.0f ms, max %d ms\n", NR, a[1], a[int((NR + 1) / 2)], s / NR, a[NR] }'
