#!/usr/bin/env bash
# Start-up time and resident memory of qingyang-discovery against a bare Camunda 7 webapp+REST
# Spring Boot application (src/bench/bare-camunda), both measured the same way.
#
# For each app, RUNS (default 3) cold starts, each in a fresh temporary working directory (so the
# H2 file database under ./data starts empty), on a free port, with the same JVM flags (JAVA_OPTS,
# default none). Measured per run:
#   ready: wall-clock seconds from launching `java -jar` until GET /camunda/app/welcome/default/
#          answers HTTP 200 (polled every 100 ms with curl; timeout 120 s);
#   RSS:   VmRSS of the java process from /proc/<pid>/status, read 5 s after ready, in MiB.
# Usage: [RUNS=3] [JAVA_OPTS=...] src/bench/startup-memory.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BARE="$ROOT/src/bench/bare-camunda"
RUNS=${RUNS:-3}
JAVA_OPTS=${JAVA_OPTS:-}
READY_PATH=/camunda/app/welcome/default/
TIMEOUT_S=120
SETTLE_S=5

# Build the jars only if they are missing.
jar_of() { ls "$1"/target/"$2"-*.jar 2>/dev/null | head -n1; }
[ -n "$(jar_of "$ROOT" qingyang-discovery)" ] || (cd "$ROOT" && mvn -q -B -DskipTests package)
[ -n "$(jar_of "$BARE" bare-camunda-bench)" ] || (cd "$ROOT" && mvn -q -B -f src/bench/bare-camunda/pom.xml -DskipTests package)
OURS_JAR=$(jar_of "$ROOT" qingyang-discovery)
BARE_JAR=$(jar_of "$BARE" bare-camunda-bench)

free_port() {  # a port on which nothing answers on loopback
  local p
  while :; do
    p=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

now_ns() { date +%s%N; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; true' EXIT

# One cold start of jar $1; sets R (ready, seconds) and M (RSS, MiB).
measure() {
  local jar=$1 dir port t0 deadline code
  dir=$(mktemp -d "${TMPDIR:-/tmp}/startup-bench.XXXXXX")
  port=$(free_port)
  t0=$(now_ns)
  # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
  (cd "$dir" && SERVER_PORT=$port exec java $JAVA_OPTS -jar "$jar" >"$dir/app.log" 2>&1) &
  PID=$!
  deadline=$((t0 + TIMEOUT_S * 1000000000))
  until code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port$READY_PATH") \
        && [ "$code" = 200 ]; do
    if ! kill -0 "$PID" 2>/dev/null || [ "$(now_ns)" -gt "$deadline" ]; then
      echo "FAILED: $(basename "$jar") not ready on port $port (last HTTP code: ${code:-none}); log $dir/app.log, last 40 lines:" >&2
      tail -n 40 "$dir/app.log" >&2
      kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=
      exit 1
    fi
    sleep 0.1
  done
  local ready_ns=$(( $(now_ns) - t0 ))
  sleep "$SETTLE_S"
  local rss_kb
  rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$PID/status")
  kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=
  rm -rf "$dir"
  R=$(awk -v n="$ready_ns" 'BEGIN {printf "%.2f", n / 1e9}')
  M=$(awk -v k="$rss_kb" 'BEGIN {printf "%.0f", k / 1024}')
}

java -version 2>&1
echo "nproc: $(nproc); RUNS=$RUNS; JAVA_OPTS='$JAVA_OPTS'"

declare -A READY RSS MED_READY MED_RSS
for app in qingyang-discovery bare-camunda; do
  jar=$OURS_JAR; [ "$app" = bare-camunda ] && jar=$BARE_JAR
  READY[$app]=; RSS[$app]=
  for i in $(seq "$RUNS"); do
    measure "$jar"
    echo "$app run $i: ready $R s, RSS $M MiB"
    READY[$app]+="$R "; RSS[$app]+="$M "
  done
  MED_READY[$app]=$(echo "${READY[$app]}" | median)
  MED_RSS[$app]=$(echo "${RSS[$app]}" | median)
done

fmt='%-20s %-24s %16s   %-24s %16s\n'
echo
printf "$fmt" app "ready per run (s)" "median ready (s)" "RSS per run (MiB)" "median RSS (MiB)"
for app in qingyang-discovery bare-camunda; do
  printf "$fmt" "$app" "${READY[$app]% }" "${MED_READY[$app]}" "${RSS[$app]% }" "${MED_RSS[$app]}"
done
printf "$fmt" "ratio ours/bare" "" \
  "$(awk -v a="${MED_READY[qingyang-discovery]}" -v b="${MED_READY[bare-camunda]}" 'BEGIN {printf "%.2f", a / b}')" "" \
  "$(awk -v a="${MED_RSS[qingyang-discovery]}" -v b="${MED_RSS[bare-camunda]}" 'BEGIN {printf "%.2f", a / b}')"
