#!/usr/bin/env bash
# The load benchmark in one run (README "Load benchmark"): builds the jar, starts each backend it
# needs on its own port and data directory, runs the loadtest command against it, stops it, and
# prints one Markdown table, also written to ops/bench/results/latest.md.
#
#   ops/bench/run.sh [--skip-build] [--quick] [--only h2|mariadb|redis] [--h2-phases cache,http,subscribers,retrain]
#
# Runs, in order:
#   H2       embedded store: cache (first and warm reads), http (upcoming page vs floor at 1, 50,
#            200 clients), subscribers (5,000 WebSocket subscribers, one update), retrain
#   MariaDB  127.0.0.1:3306, database matchcast_bench: retrain
#   Redis    H2 with a Redis of its own (port 6391) as second level: cache with both levels empty,
#            then again after a restart of the backend (first level empty, Redis warm)
# A first run imports the football-data mirror (../shared) and trains the first models for each
# store: count 15-30 minutes more. Later runs reuse data-bench/.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
# the commit the jar is built from, read before anything else can move HEAD
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- backend || echo ' with uncommitted changes')
JAR=$ROOT/backend/target/matchcast.jar
BENCH=${MATCHCAST_BENCH_DIR:-$ROOT/data-bench}
RESULTS=${MATCHCAST_BENCH_RESULTS:-$ROOT/ops/bench/results/latest.md}
PORT=${MATCHCAST_BENCH_PORT:-18080}
REDIS_PORT=${MATCHCAST_BENCH_REDIS_PORT:-6391}
MARIADB_URL=${MATCHCAST_BENCH_MARIADB_URL:-r2dbc:mysql://127.0.0.1:3306/matchcast_bench}
SUBSCRIBERS=${MATCHCAST_BENCH_SUBSCRIBERS:-5000}
# A Tuesday before a busy week of the 2023-24 season: 69 matches of the five tracked leagues in
# the next 7 days, so the upcoming page is a full one of 50. Speed 1: the clock runs as a live
# one would, so the page stays the same while it is measured.
export MATCHCAST_REPLAY_FROM=${MATCHCAST_REPLAY_FROM:-2023-09-26}
export MATCHCAST_REPLAY_SPEED=${MATCHCAST_REPLAY_SPEED:-1}
export MATCHCAST_PORT=$PORT
export MATCHCAST_WS_MAX_CONNECTIONS_PER_CLIENT=$((SUBSCRIBERS + 100))
# Every client of the harness comes from one address: the rate limit stays on (its check is part of
# each request's cost) with a budget no run can spend.
export MATCHCAST_LIMITS_RATE_ANONYMOUS_REQUESTS=1000000000

build=yes
only=
h2_phases=cache,http,subscribers,retrain
loadtest_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=no ;;
    --quick) loadtest_options+=(--warm-up PT2S --duration PT5S --subscribers 500); SUBSCRIBERS=500 ;;
    --only) only=$2; shift ;;
    --h2-phases) h2_phases=$2; shift ;;
    *) echo "usage: ops/bench/run.sh [--skip-build] [--quick] [--only h2|mariadb|redis] [--h2-phases LIST]" >&2; exit 2 ;;
  esac
  shift
done

# Two sockets per subscriber on this machine (the client's and the server's), plus the JVMs' own.
needed=$((2 * SUBSCRIBERS + 4000))
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$needed" ]; then
  ulimit -n "$needed" 2>/dev/null || {
    echo "run.sh: needs $needed open files (ulimit -n is $(ulimit -n), hard limit $(ulimit -Hn))" >&2; exit 1; }
fi

[ "$build" = yes ] && ./mvnw -B -q -DskipTests -pl backend package
mkdir -p "$BENCH" "$(dirname "$RESULTS")"
rows=$BENCH/rows.md
: > "$rows"

backend_pid=
redis_pid=
stop_backend() {
  if [ -n "$backend_pid" ]; then
    kill "$backend_pid" 2>/dev/null || true
    wait "$backend_pid" 2>/dev/null || true
    backend_pid=
  fi
}
stop_redis() {
  if [ -n "$redis_pid" ]; then
    kill "$redis_pid" 2>/dev/null || true
    wait "$redis_pid" 2>/dev/null || true
    redis_pid=
  fi
}
trap 'stop_backend; stop_redis' EXIT

# start_backend NAME [ENV=VALUE ...]: serve from data-bench/NAME with the floor on; returns once
# the serving clock runs (on a first start: once both first models are trained).
start_backend() {
  local name=$1; shift
  local dir=$BENCH/$name log=$BENCH/$name.log fresh=no
  mkdir -p "$dir/tmp"
  [ -f "$dir/.bench-ready" ] || fresh=yes
  echo "== starting the backend ($name$([ $fresh = yes ] && echo ', first start: import and first models'))" >&2
  env MATCHCAST_DATA_DIR="$dir" "$@" java -Djava.io.tmpdir="$dir/tmp" -jar "$JAR" serve \
    --matchcast.benchmark.floor=true > "$log" 2>&1 &
  backend_pid=$!
  local waited=0 limit=$([ $fresh = yes ] && echo 3600 || echo 900)
  until grep -q "Serving clock running from" "$log" \
      && curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" > /dev/null \
      && { [ $fresh = no ] || [ "$(grep -cE 'Training done|Training failed' "$log")" -ge 2 ]; }; do
    kill -0 "$backend_pid" 2>/dev/null || { echo "run.sh: the backend stopped; see $log" >&2; exit 1; }
    [ $waited -lt $limit ] || { echo "run.sh: the backend is not serving after $limit s; see $log" >&2; exit 1; }
    sleep 5; waited=$((waited + 5))
  done
  touch "$dir/.bench-ready"
  # The first ticks forecast every upcoming match: measure once they are done (the count of
  # forecasts made has moved off 0 and stands still for 5 s).
  local last=-1 now
  while now=$(forecasts); [ "$now" = 0 ] || [ "$now" != "$last" ]; do
    [ $waited -lt $limit ] || { echo "run.sh: forecasts still going after $limit s; see $log" >&2; exit 1; }
    last=$now; sleep 5; waited=$((waited + 5))
  done
  echo "== serving after ${waited} s" >&2
}

forecasts() {
  curl -sf "http://127.0.0.1:$PORT/actuator/prometheus" \
    | awk '/^matchcast_prediction_latency_seconds_count/ {n += $2} END {printf "%d", n}'
}

loadtest() {
  local name=$1; shift
  local token
  token=$(java -jar "$JAR" token --user bench --admin --data-dir "$BENCH/$name" 2>/dev/null | tail -1)
  java -jar "$JAR" loadtest --target "http://127.0.0.1:$PORT" --admin-token "$token" \
    --server-pid "$backend_pid" --results "$rows" "${loadtest_options[@]}" "$@"
}

started_at=$(date -u +%Y-%m-%dT%H:%MZ)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

if [ -z "$only" ] || [ "$only" = h2 ]; then
  start_backend h2
  loadtest h2 --label H2 --phases "$h2_phases"
  stop_backend
fi

if [ -z "$only" ] || [ "$only" = mariadb ]; then
  start_backend mariadb MATCHCAST_DB_URL="$MARIADB_URL"
  loadtest mariadb --label MariaDB --phases retrain
  stop_backend
fi

if [ -z "$only" ] || [ "$only" = redis ]; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --daemonize no \
    > "$BENCH/redis.log" 2>&1 &
  redis_pid=$!
  start_backend h2 MATCHCAST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  loadtest h2 --label "H2 + Redis (both levels empty)" --phases cache
  stop_backend
  start_backend h2 MATCHCAST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT"
  loadtest h2 --label "H2 + Redis (restarted: Redis warm)" --phases cache
  stop_backend
  stop_redis
fi

{
  echo "# Load benchmark, $started_at"
  echo
  echo "Commit $commit, $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB;" \
    "load average before the run $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Client and backend share the machine. Figures taken while other builds run are not representative."
  echo
  cat "$rows"
} > "$RESULTS"
echo
cat "$RESULTS"
