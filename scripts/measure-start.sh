#!/usr/bin/env bash
# Measures a start of `./tandem start` as issue notes and the README give it: the time until the
# server is ready (/actuator/health/readiness answers), its resident memory 2 s later, the first and
# second search, and its resident memory after 1,000 more searches through the API.
#
#   scripts/measure-start.sh DATA_DIR [PORT]
#
# DATA_DIR: a data folder (a new one gets the demo, so the first start there is a cold start that
# also loads it; the next ones are warm starts). The first start after a build also makes the start-up
# cache (its time is in the figure). TANDEM_JAVA_OPTS, TANDEM_AOT and TANDEM_BOOTSTRAP_TOKEN are
# passed on. Needs curl and bc.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:?usage: scripts/measure-start.sh DATA_DIR [PORT]}
PORT=${2:-18970}
# (an instance's admin gets the bootstrap token at its first start: a folder made by another run
# needs the token it was made with)
TOKEN=${TANDEM_BOOTSTRAP_TOKEN:-measure-token-0123456789abcdef}
LOG=$(mktemp)
export TANDEM_RATE_LIMIT_API_PER_TOKEN=1000000
t0=$(date +%s.%N)
TANDEM_BOOTSTRAP_TOKEN=$TOKEN TANDEM_ADMIN_PASSWORD=measure-password-42 \
  ./tandem start --port "$PORT" --data "$DATA" >"$LOG" 2>&1 &
launcher=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
  sleep 0.05
  kill -0 $launcher 2>/dev/null || { echo "the server stopped; its log:"; tail -20 "$LOG"; exit 1; }
done
t1=$(date +%s.%N)
pid=$(pgrep -f "serve --port $PORT" | head -1)
sleep 2
rss_started=$(ps -o rss= -p "$pid")
search() {
  curl -s -o /dev/null -w "$1" -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$PORT/api/v1/workspaces/budgetly/insights?q=$2"
}
first=$(search '%{time_total}' budget)
second=$(search '%{time_total}' export)
words=(budget export onboarding bank sync premium mobile app slow login category report)
failed=0
t2=$(date +%s.%N)
for i in $(seq 1 1000); do
  [[ $(search '%{http_code}' "${words[$((i % ${#words[@]}))]}+$i") == 200 ]] || failed=$((failed + 1))
done
t3=$(date +%s.%N)
rss_searched=$(ps -o rss= -p "$pid")
echo "ready in $(echo "$t1 - $t0" | bc) s; $((rss_started / 1024)) MB resident after the start;" \
  "first search $first s, second $second s; $((rss_searched / 1024)) MB after 1,000 more ($failed not 200)," \
  "which took $(echo "$t3 - $t2" | bc) s"
grep -m1 "Started .* in" "$LOG" | sed 's/.*Started/Started/' || true
kill "$pid"
wait $launcher 2>/dev/null || true
rm -f "$LOG"
