#!/usr/bin/env bash
# Runs every measurement of docs/performance.md and keeps the outputs in one folder.
# Usage: tests/PrivacyAnalyzers.Benchmarks/run-benchmarks.sh [output-folder]
# `--job dry` as a second argument only checks that everything runs (numbers meaningless).
set -euo pipefail

repository="$(cd "$(dirname "$0")/../.." && pwd)"
output="${1:-$repository/artifacts/performance}"
dry="${2:-}"
mkdir -p "$output"
cd "$repository"

{
  date -u '+%Y-%m-%d %H:%M UTC'
  lscpu | grep -E 'Model name|^CPU\(s\)|Thread|Hypervisor'
  echo "nproc: $(nproc)"
  free -h | head -2
  grep PRETTY_NAME /etc/os-release
  echo ".NET SDK: $(dotnet --version)"
  echo "Commit: $(git rev-parse --short HEAD) ($(git status --short | wc -l) changed or new files in the work tree)"
  uptime
} > "$output/machine.txt"

dotnet build -c Release tests/PrivacyAnalyzers.Benchmarks > "$output/build.log"
run() { dotnet run -c Release --no-build --project tests/PrivacyAnalyzers.Benchmarks -- "$@"; }

if [ "$dry" = "--job dry" ]; then
  micro=(--job dry)
  roslyn=(--job dry)
else
  micro=(--launchCount 1 --warmupCount 3 --iterationCount 10)
  roslyn=(--launchCount 1 --warmupCount 2 --iterationCount 6)
fi

run --filter '*MaskBenchmarks*' '*MaskStringBenchmarks*' '*ToStringBenchmarks*' '*ExportBenchmarks*' '*PseudonymizeBenchmarks*' \
  "${micro[@]}" --artifacts "$output/bdn" > "$output/micro.log" 2>&1
uptime >> "$output/machine.txt"
# Untimed: the analyzers must find what the synthetic solution plants for the policy rules.
run check-solution > "$output/check-solution.log" 2>&1
run --filter '*AnalyzerBenchmarks*' '*GeneratorBenchmarks*' "${roslyn[@]}" --artifacts "$output/bdn" > "$output/roslyn.log" 2>&1
uptime >> "$output/machine.txt"
if [ "$dry" != "--job dry" ]; then
  run build-time --runs 5 > "$output/build-time.log" 2>&1
  uptime >> "$output/machine.txt"
fi
echo "Results: $output"
