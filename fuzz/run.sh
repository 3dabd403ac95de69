#!/usr/bin/env bash
# Runs every fuzz target for RUNS executions (default 1,000,000) with
# coverage guidance, on stable Rust: the targets are built with LLVM's
# SanitizerCoverage passes, which is what libFuzzer needs (cargo-fuzz adds
# AddressSanitizer on nightly; Rust code here has no unsafe to check).
#
#   bash fuzz/run.sh                 # every target, 1,000,000 runs each
#   RUNS=100000 bash fuzz/run.sh un_csv ipi_csv
#
# Seeds come from fuzz/seeds/<target>/; the corpus grows in
# fuzz/corpus/<target>/ (not committed); crashes land in
# fuzz/artifacts/<target>/.
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-1000000}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(assess_json assess_structured reform_json joint_json monitor_events personnel_csv un_csv ipi_csv regular_budget_csv institute_json)
fi
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps the flags off build scripts and proc macros.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --bins --target "$host" --target-dir target/coverage
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true
  echo "== $t: $RUNS runs"
  "target/coverage/$host/release/$t" "corpus/$t" -runs="$RUNS" -max_len=8192 -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="artifacts/$t/" -print_final_stats=1 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|Done|==|SUMMARY|INFO: -max_len)|ERROR|panicked" || true
done
