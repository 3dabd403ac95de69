#!/usr/bin/env bash
# Throughput and latency of POST /v1/assess, measured with oha (a load
# generator from the Rust ecosystem: cargo install oha --locked) against a
# release build of `pko serve` on loopback. Bounded: a fixed number of
# requests, then the server is stopped.
#
#   bash benches/http-load.sh              # 200,000 requests over 32 connections
#   REQUESTS=50000 CONNECTIONS=64 bash benches/http-load.sh
#
# Prints oha's summary (requests/s, p50, p99). The figures of the
# reference machine are in benches/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${REQUESTS:-200000}
connections=${CONNECTIONS:-32}
port=${PORT:-18090}
command -v oha > /dev/null || { echo "oha is needed: cargo install oha --locked" >&2; exit 1; }
cargo build --release --quiet -p pko-cli
./target/release/pko serve --addr "127.0.0.1:$port" 2> target/http-load-server.log &
server=$!
trap 'kill $server 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "pko serving" target/http-load-server.log && break
  sleep 0.05
done
url="http://127.0.0.1:$port/v1/assess?as_of=2016-11-15"
body=examples/data/proposal-unmiss-kaketsuke-keigo.json
# Warm up, then measure.
oha --no-tui --output-format quiet -n 5000 -c "$connections" -m POST -T application/json -D "$body" "$url"
oha --no-tui -n "$requests" -c "$connections" -m POST -T application/json -D "$body" "$url"
