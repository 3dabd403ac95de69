#!/usr/bin/env bash
# Mutation testing with cargo-mutants (install: cargo install cargo-mutants).
#
#   bash mutants.sh                  # every library crate
#   bash mutants.sh -p pko-core      # one crate
#
# Results land in mutants.out/ (not committed); the score and the
# surviving mutants judged equivalent are recorded in mutants.md.
set -euo pipefail
cd "$(dirname "$0")"
if [ $# -eq 0 ]; then
  set -- -p pko-core -p pko-principles -p pko-contributions -p pko-institute
fi
# Fewer property-test cases under mutation: each mutant runs the suite.
export PKO_PROPTEST_CASES=${PKO_PROPTEST_CASES:-24}
cargo mutants --all-features --gitignore true --timeout 300 --minimum-test-timeout 60 -j 2 "$@"
