#!/usr/bin/env bash
# Times `privacy report` (every format) and `privacy check` on the SimWorks sample and on the 1,000-file synthetic
# solution, with wall time and peak resident memory from GNU time. Results: docs/performance.md, section 4.
# Usage: tests/PrivacyAnalyzers.Benchmarks/measure-tool.sh [runs]
set -euo pipefail

repository="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$repository"

dotnet build -c Release src/PrivacyAnalyzers.Tool > "$work/build.log"
dotnet build -c Release tests/PrivacyAnalyzers.Benchmarks > "$work/build-bench.log"
dotnet run -c Release --no-build --project tests/PrivacyAnalyzers.Benchmarks -- write-solution "$work/synthetic"
dotnet restore "$work/synthetic/Shop.csproj" > "$work/restore.log"
dotnet restore samples/SimWorks.Cloud > "$work/restore-sample.log"
tool="$repository/src/PrivacyAnalyzers.Tool/bin/Release/net10.0/privacy.dll"

measure() {
  local name="$1"; shift
  for run in $(seq "$runs"); do
    /usr/bin/time -f "$name run $run: %e s wall, %U s user, %M KB peak" \
      dotnet "$tool" "$@" --no-restore --verbosity quiet > /dev/null 2>> "$work/time.log" || true
    tail -n 1 "$work/time.log"
  done
}

date -u '+%Y-%m-%d %H:%M UTC'; nproc; uptime
measure "sample report" report samples/SimWorks.Cloud --output "$work/sample-report"
measure "sample check" check samples/SimWorks.Cloud
measure "synthetic report" report "$work/synthetic/Shop.csproj" --output "$work/synthetic-report"
measure "synthetic check" check "$work/synthetic/Shop.csproj"
# What was found, from one more run that reports its counts.
dotnet "$tool" report "$work/synthetic/Shop.csproj" --no-restore --format json --output "$work/count" 2>&1 | grep '^Analysed'
