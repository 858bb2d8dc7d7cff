#!/usr/bin/env bash
# Load test of the participants' server, on loopback only: wrk with 200 connections.
#  1. 200 phones vote at once (one vote each, 200 in all): every vote must be counted exactly once.
#  2. 10 seconds of sustained voting, every request a new phone: nothing lost, nothing doubled.
# Prints requests/s, p50/p99 latency and the vote-to-console delay (from the server accepting a vote to the
# console's loop, woken through the inbox descriptor, recording it). Bounded: at most 12 + 10 seconds of
# load and at most 200 + 80,000 votes.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)…" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
export PATH="/opt/swift/usr/bin:$PATH"
WORKSHOP_LOAD=1 swift test ${SCRATCH:+--scratch-path "$SCRATCH"} --filter RoomLoadTests 2>&1 \
    | grep -E "^load:|Requests/sec|Latency|votes_accepted|other_status|p50_ms|p99_ms|✔|✘|passed|failed|error"
