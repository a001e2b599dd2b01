#!/usr/bin/env bash
# Runs the site as it is deployed, on one machine and on 127.0.0.1 only: publishes once, builds one store
# artifact, starts two instances from that one build and artifact, puts Debian's nginx in front (sticky sessions for
# /_blazor, WebSockets proxied, passive health checks, retries on the other instance), then load-tests through nginx
# and stops one instance in the middle. Both instances keep saved briefings in one throwaway PostgreSQL server.
# Last, one hostile client on its own address (127.0.0.2) opens thousands of slow connections (deploy/slow-clients.py)
# while wrk, from 127.0.0.1, stands for every other reader.
# Passes (exit 0) when no request fails while both run, none fails once nginx has noticed the stopped instance, the
# survivor answers everything then, /_blazor stays on one instance, the artifact is never written, a briefing saved
# through one instance opens through the other, no briefing saved while an instance was stopped is lost, every
# saved briefing opens after both instances restart, and under the slow-connection attack the other readers get no
# error and a p99 within ATTACK_P99_MS while nginx refuses the attacker's requests beyond its per-address limit, cuts
# off its unfinished headers, and both instances stay up. Prints the figures. See docs/deployment.md.
#
#   deploy/local-cluster.sh                 # from the repository root or anywhere else
#   PHASE_SECONDS=10 CONNECTIONS=16 KEEP=1 deploy/local-cluster.sh   # phase length, wrk connections, keep the temp folder
#   ATTACK_CONNECTIONS=3000 ATTACK_SECONDS=30 deploy/local-cluster.sh  # the slow-connection attack's size and length
#
# Needs the .NET 10 SDK; installs nginx, wrk and postgresql with apt-get when they are missing (as root).
set -euo pipefail

PHASE_SECONDS=${PHASE_SECONDS:-10}   # each of the three load phases
WARMUP_SECONDS=${WARMUP_SECONDS:-20} # unmeasured load first: each instance tiers up its JIT and fills its page cache
STOP_AFTER=${STOP_AFTER:-3}          # seconds into the second phase when instance 2 is stopped
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ATTACK_CONNECTIONS=${ATTACK_CONNECTIONS:-3000} # slow connections the hostile client opens (fewer if ulimit -n is short)
ATTACK_SECONDS=${ATTACK_SECONDS:-30} # the attack phase: longer than nginx's 10 s header timeout, so it cuts some off
ATTACK_P99_MS=${ATTACK_P99_MS:-1000} # the other readers' p99 latency under the attack must stay within this
ATTACK_SOURCE=${ATTACK_SOURCE:-127.0.0.2} # the attacker's address: all of 127.0.0.0/8 is loopback on Linux
PER_ADDRESS_LIMIT=100                # limit_conn in deploy/nginx/lpip-evidence.conf
TIME_LIMIT=${TIME_LIMIT:-480}        # the whole run, publish included, is stopped after this many seconds

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=$(mktemp -d /tmp/lpip-cluster.XXXXXX)
PIDS=()
NGINX_PID=""
PG_BIN=""

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*"; }
fail() { log "FAILED: $*"; exit 1; }

cleanup() {
  local code=$?
  trap - EXIT INT TERM
  if [[ -n "$NGINX_PID" ]]; then kill -TERM "$NGINX_PID" 2>/dev/null || true; fi
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}" $NGINX_PID; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "$PG_BIN" ]]; then as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [[ "${KEEP:-0}" == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$code"
}
trap cleanup EXIT
trap 'log "interrupted"; exit 130' INT TERM

# A bound on the whole run: the watchdog interrupts this script, whose trap then stops everything it started (long
# steps have their own bounds, since bash runs a trap only between commands).
(
  trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
  sleep "$TIME_LIMIT" & sleeper=$!
  wait "$sleeper"
  echo "time limit of ${TIME_LIMIT}s reached" >&2
  kill -TERM $$
) &
PIDS+=($!)

# --- tools -------------------------------------------------------------------------------------------------------
command -v dotnet >/dev/null || fail "the .NET 10 SDK (dotnet) is needed"
command -v python3 >/dev/null || fail "python3 is needed (deploy/slow-clients.py plays the hostile client)"
# The attacker needs a descriptor per connection, nginx two per proxied one: raise the soft limit to the hard one,
# and size the attack to what is left.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
FILES=$(ulimit -n)
if [[ "$FILES" != unlimited ]] && (( ATTACK_CONNECTIONS > (FILES - 200) / 2 )); then
  ATTACK_CONNECTIONS=$(( (FILES - 200) / 2 ))
  log "ulimit -n is $FILES: the attack is cut to $ATTACK_CONNECTIONS connections"
fi
if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
  [[ $(id -u) == 0 ]] || fail "nginx and wrk are needed: sudo apt-get install -y nginx wrk"
  log "installing nginx and wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx wrk >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nginx wrk >/dev/null; }
fi
export PATH=$PATH:/usr/sbin
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$PG_BIN" ]]; then
  [[ $(id -u) == 0 ]] || fail "PostgreSQL is needed: sudo apt-get install -y postgresql"
  log "installing postgresql"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; }
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
fi
# The server refuses to run as root: as root, run it as the user the package creates.
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Three free ports in 20000-29999: nginx and the two instances.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 10000))
    if [[ -z $(ss -Htln "sport = :$port") && " ${USED_PORTS:-} " != *" $port "* ]]; then USED_PORTS="${USED_PORTS:-} $port"; echo "$port"; return; fi
  done
}
USED_PORTS=""
NGINX_PORT=$(free_port); USED_PORTS+=" $NGINX_PORT"
APP1_PORT=$(free_port); USED_PORTS+=" $APP1_PORT"
APP2_PORT=$(free_port); USED_PORTS+=" $APP2_PORT"
PG_PORT=$(free_port)
SITE="http://127.0.0.1:$NGINX_PORT"

# --- publish once, build one artifact ------------------------------------------------------------------------------
log "publishing src/LpipEvidence.Web (Release, linux-x64) to $WORK/app"
started=$SECONDS
timeout 900 dotnet publish "$REPO/src/LpipEvidence.Web" -c Release -r linux-x64 --self-contained false -o "$WORK/app" --nologo -v quiet >"$WORK/publish.log" 2>&1 \
  || { cat "$WORK/publish.log"; fail "dotnet publish"; }
PUBLISH_SECONDS=$((SECONDS - started))

ARTIFACT="$WORK/releases/1/evidence.db"
log "building the store artifact from content/"
started=$SECONDS
timeout 120 dotnet "$WORK/app/LpipEvidence.Web.dll" import --content "$REPO/content" --output "$ARTIFACT" || fail "import --output"
ARTIFACT_SECONDS=$((SECONDS - started))
# Read-only on disk as well (root ignores this; the fingerprint below is the real check).
chmod -R a-w "$WORK/releases/1"
fingerprint() { (cd "$WORK/releases/1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16); }
ARTIFACT_BEFORE=$(fingerprint)

# --- one PostgreSQL server for saved briefings -------------------------------------------------------------------------
log "starting PostgreSQL on 127.0.0.1:$PG_PORT for saved briefings (a throwaway server in $WORK/pg)"
mkdir -p "$WORK/pg"; chmod 755 "$WORK" "$WORK/pg"
[[ $(id -u) == 0 ]] && chown postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg/data" -A trust -U app >"$WORK/pg/initdb.log" 2>&1 || { cat "$WORK/pg/initdb.log"; PG_BIN=""; fail "initdb"; }
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" -l "$WORK/pg/server.log" -w start >/dev/null \
  || { cat "$WORK/pg/server.log"; fail "pg_ctl start"; }
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U app -d postgres -c "CREATE DATABASE lpip_briefings" || fail "CREATE DATABASE"
BRIEFINGS="Host=127.0.0.1;Port=$PG_PORT;Username=app;Database=lpip_briefings;Timeout=5"

# --- two instances ---------------------------------------------------------------------------------------------------
start_instance() { # name port; sets LAST_PID
  # From the app's folder, which is its content root: appsettings.json and wwwroot/ are found there.
  cd "$WORK/app"
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$2" \
    Store__Artifact="$ARTIFACT" \
    Briefings__Provider=Postgres ConnectionStrings__Briefings="$BRIEFINGS" RateLimits__SaveBriefing__PermitLimit=100000000 \
    DataProtection__KeyFolder="$WORK/keys" \
    Site__PublicUrl="$SITE/" Site__KnownProxies__0=127.0.0.1 \
    RateLimits__Search__PermitLimit=100000000 RateLimits__Exports__PermitLimit=100000000 \
    Logging__LogLevel__LpipEvidence.Web.Logging=Warning \
    dotnet LpipEvidence.Web.dll >"$WORK/$1.log" 2>&1 &
  LAST_PID=$!
  PIDS+=("$LAST_PID")
  cd - >/dev/null
}
wait_ready() { # name port pid
  for _ in $(seq 1 120); do
    kill -0 "$3" 2>/dev/null || { cat "$WORK/$1.log"; fail "$1 exited while starting"; }
    curl -fsS --max-time 5 -o /dev/null "http://127.0.0.1:$2/health/ready" 2>/dev/null && return 0
    sleep 0.5
  done
  cat "$WORK/$1.log"; fail "$1 was not ready after 60 s"
}
log "starting instance 1 on 127.0.0.1:$APP1_PORT and instance 2 on 127.0.0.1:$APP2_PORT (one build, one artifact)"
start_instance app1 "$APP1_PORT"; APP1_PID=$LAST_PID
start_instance app2 "$APP2_PORT"; APP2_PID=$LAST_PID
wait_ready app1 "$APP1_PORT" "$APP1_PID"
wait_ready app2 "$APP2_PORT" "$APP2_PID"

# --- nginx -----------------------------------------------------------------------------------------------------------
mkdir -p "$WORK/nginx/tmp"
NGINX_CONNECTIONS=$(( ATTACK_CONNECTIONS + 2048 ))
FILES_FOR_NGINX=$(( NGINX_CONNECTIONS * 2 ))
[[ "$FILES" == unlimited ]] || (( FILES_FOR_NGINX <= FILES )) || FILES_FOR_NGINX=$FILES
cat >"$WORK/nginx/nginx.conf" <<NGINX
# Generated by deploy/local-cluster.sh: the site of docs/deployment.md on loopback, without TLS.
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
# A slowloris client's connections are not requests until their headers end, so limit_conn cannot count them: until
# client_header_timeout cuts them off they take worker connections, which must therefore be plenty (Debian's
# default of 768 would be filled by one such client; see docs/deployment.md).
worker_rlimit_nofile $FILES_FOR_NGINX;
events { worker_connections $NGINX_CONNECTIONS; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path $WORK/nginx/tmp/client;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    log_format timed '\$msec \$status "\$upstream_addr" "\$upstream_status" \$request_method \$uri \$remote_addr';
    access_log $WORK/nginx/access.log timed;

    # WebSocket upgrade for /_blazor; an empty Connection header otherwise, so upstream connections are kept alive.
    map \$http_upgrade \$connection_upgrade { default upgrade; '' ''; }
    # Sticky sessions for circuits: a cookie set by nginx on the first /_blazor request (the negotiation) carries
    # that request's id, and every /_blazor request is routed by it, so the WebSocket lands where it negotiated.
    map \$cookie_lpip_affinity \$affinity { '' \$request_id; default \$cookie_lpip_affinity; }
    map \$cookie_lpip_affinity \$affinity_cookie { '' "lpip_affinity=\$request_id; Path=/_blazor; HttpOnly; SameSite=Lax"; default ''; }

    # Pages, search, API and exports: any instance. Passive health: one failure takes an instance out for 10 s.
    upstream lpip_evidence {
        server 127.0.0.1:$APP1_PORT max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$APP2_PORT max_fails=1 fail_timeout=10s;
        keepalive 16;
    }
    # Interactive circuits: the same instance for a circuit's lifetime.
    upstream lpip_evidence_circuits {
        hash \$affinity consistent;
        server 127.0.0.1:$APP1_PORT max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$APP2_PORT max_fails=1 fail_timeout=10s;
    }

    # As the shipped site (deploy/nginx/lpip-evidence.conf): requests per client address, and how slow a client may be.
    limit_conn_zone \$binary_remote_addr zone=lpip_evidence_per_address:10m;

    server {
        listen 127.0.0.1:$NGINX_PORT;
        server_name 127.0.0.1;

        client_max_body_size 64k;
        limit_conn lpip_evidence_per_address $PER_ADDRESS_LIMIT;
        limit_conn_status 429;
        client_header_timeout 10s;
        client_body_timeout 10s;
        send_timeout 30s;
        keepalive_timeout 65s;

        proxy_http_version 1.1;
        proxy_connect_timeout 2s;
        # A stopped or failing instance: the request is sent to the other one instead of failing.
        proxy_next_upstream error timeout http_502 http_503 http_504;
        proxy_next_upstream_tries 2;
        proxy_next_upstream_timeout 10s;

        location / {
            proxy_pass http://lpip_evidence;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            proxy_set_header Connection "";
        }

        location /_blazor {
            proxy_pass http://lpip_evidence_circuits;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_read_timeout 1h;
            proxy_send_timeout 1h;
            proxy_buffering off;
            add_header Set-Cookie \$affinity_cookie;
        }
    }
}
NGINX
nginx -t -q -c "$WORK/nginx/nginx.conf" -g 'daemon off;' 2>"$WORK/nginx/test.log" || { cat "$WORK/nginx/test.log"; fail "nginx -t"; }
log "starting nginx on $SITE"
nginx -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fsS --max-time 5 -o /dev/null "$SITE/health/live" 2>/dev/null && break; sleep 0.2; done
curl -fsS --max-time 10 -o /dev/null "$SITE/health/ready" || fail "the site does not answer through nginx"

# --- what to request -------------------------------------------------------------------------------------------------
# Pages of every kind, the search form and API, a briefing and its export, found from the shipped content itself.
status=$(curl -sS --max-time 30 -o "$WORK/found.json" -w '%{http_code}' "$SITE/api/search?q=evidence&pageSize=20" || true)
[[ "$status" == 200 ]] || { cat "$WORK/found.json" "$WORK"/app*.log 2>/dev/null | tail -40; fail "/api/search answered $status through nginx"; }
mapfile -t FOUND < <(grep -o '"url":"[^"]*"' "$WORK/found.json" | cut -d'"' -f4 | sort -u)
FINDINGS=$(printf '%s\n' "${FOUND[@]}" | { grep '^/findings/' || true; } | head -3 | sed 's#^/findings/##' | paste -sd, -)
[[ -n "$FINDINGS" ]] || fail "no findings found through /api/search"
PATHS=("/" "/reviews" "/themes" "/search?q=innovation" "/search?q=skills+AND+clusters" "/api/search?q=research+funding"
  "/api/search?q=counc&prefix=true" "/briefing?f=$FINDINGS&title=Board+pack" "/briefing/md?f=$FINDINGS" "${FOUND[@]:0:12}")
for path in "${PATHS[@]}"; do
  status=$(curl -s --max-time 10 -o /dev/null -w '%{http_code}' "$SITE$path")
  [[ "$status" == 200 ]] || fail "$path answered $status through nginx"
done
{
  echo 'local paths = {'
  for path in "${PATHS[@]}"; do printf '  "%s",\n' "$path"; done
  echo '}'
  cat <<'LUA'
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
} >"$WORK/paths.lua"

# --- sticky circuits and WebSockets ----------------------------------------------------------------------------------
negotiate() { curl -fsS --max-time 10 -X POST -b "$WORK/cookies" -c "$WORK/cookies" -H 'Content-Length: 0' "$SITE/_blazor/negotiate?negotiateVersion=1"; }
TOKEN=$(negotiate | grep -o '"connectionToken":"[^"]*"' | cut -d'"' -f4)
grep -q lpip_affinity "$WORK/cookies" || fail "nginx set no affinity cookie on /_blazor"
for _ in $(seq 1 9); do negotiate >/dev/null; done
WS_STATUS=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -b "$WORK/cookies" -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
  -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' "$SITE/_blazor?id=$TOKEN" || true)
[[ "$WS_STATUS" == 101 ]] || fail "the WebSocket upgrade for /_blazor answered $WS_STATUS, not 101"
STICKY_UPSTREAMS=$(grep ' /_blazor' "$WORK/nginx/access.log" | awk '{print $3}' | sort -u | wc -l)
[[ "$STICKY_UPSTREAMS" == 1 ]] || fail "one reader's /_blazor requests went to $STICKY_UPSTREAMS instances"
# Readers without the cookie yet: each negotiation gets its own id, so circuits spread over the instances.
for _ in $(seq 1 10); do curl -fsS --max-time 10 -o /dev/null -X POST -H 'Content-Length: 0' "$SITE/_blazor/negotiate?negotiateVersion=1"; done
FRESH_SPREAD=$(grep ' /_blazor' "$WORK/nginx/access.log" | tail -10 | awk '{print $3}' | sort -u | wc -l)

# --- saved briefings: saved through one instance, opened through the other -----------------------------------------------
# "Save and share" as a browser without JavaScript does it: GET the briefing page, POST its form back with the
# antiforgery token and cookie; the answer's Location is the short address. Prints the id, or nothing on failure.
save_briefing() { # base-url cookie-jar
  local page token handler location
  page=$(curl -fsS --max-time 10 -b "$2" -c "$2" "$1/briefing?f=$FINDINGS&title=Saved+in+the+cluster+check") || return 0
  token=$(grep -o '<input[^>]*name="__RequestVerificationToken"[^>]*>' <<<"$page" | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  handler=$(grep -o '<input[^>]*name="_handler"[^>]*>' <<<"$page" | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  [[ -n "$token" && -n "$handler" ]] || return 0
  location=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' -b "$2" -c "$2" \
    --data-urlencode "_handler=$handler" --data-urlencode "__RequestVerificationToken=$token" \
    "$1/briefing?f=$FINDINGS&title=Saved+in+the+cluster+check") || return 0
  [[ "$location" == 302* ]] && grep -oE '/b/[A-Za-z0-9_-]{11}$' <<<"$location" | cut -c4- || true
}
opens() { # base-url id: the HTTP status of the saved briefing's page
  curl -s --max-time 30 -o "$WORK/opened.html" -w '%{http_code}' "$1/b/$2"
}
CROSS_ID=$(save_briefing "http://127.0.0.1:$APP1_PORT" "$WORK/cookies-save")
[[ -n "$CROSS_ID" ]] || fail "saving a briefing through instance 1 failed"
CROSS_STATUS=$(opens "http://127.0.0.1:$APP2_PORT" "$CROSS_ID")
grep -q "Saved in the cluster check" "$WORK/opened.html" || CROSS_STATUS="$CROSS_STATUS without its title"
echo "$CROSS_ID" >"$WORK/saved-ids"

# --- load, stop one instance, load ----------------------------------------------------------------------------------
run_wrk() { # name [seconds]
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2:-$PHASE_SECONDS}s" --latency -s "$WORK/paths.lua" "$SITE" >"$WORK/wrk-$1.txt" 2>&1
}
now() { date +%s.%N; }
log "warm-up: ${WARMUP_SECONDS}s of load, not measured"
run_wrk warmup "$WARMUP_SECONDS"
log "phase 1: ${PHASE_SECONDS}s of load on both instances ($THREADS threads, $CONNECTIONS connections, ${#PATHS[@]} URLs)"
P1_START=$(now); run_wrk 1; P1_END=$(now)
log "phase 2: ${PHASE_SECONDS}s of load; instance 2 is stopped (SIGTERM) after ${STOP_AFTER}s"
P2_START=$(now)
run_wrk 2 &
WRK_PID=$!
PIDS+=("$WRK_PID")
# Meanwhile a reader keeps saving briefings through nginx: every save acknowledged must be kept.
(
  while [[ ! -e "$WORK/stop-saving" ]]; do
    id=$(save_briefing "$SITE" "$WORK/cookies-saver")
    if [[ -n "$id" ]]; then echo "$id" >>"$WORK/saved-ids"; else echo x >>"$WORK/save-failures"; fi
  done
) &
SAVER_PID=$!
PIDS+=("$SAVER_PID")
sleep "$STOP_AFTER"
STOPPED_AT=$(now)
kill -TERM "$APP2_PID"
wait "$APP2_PID" 2>/dev/null || true
wait "$WRK_PID"
touch "$WORK/stop-saving"; wait "$SAVER_PID" || true
P2_END=$(now)
log "phase 3: ${PHASE_SECONDS}s of load on instance 1 alone"
P3_START=$(now); run_wrk 3; P3_END=$(now)

# --- every saved briefing survives: after the stop, and after restarting both instances ------------------------------
count_opening() { # base-url: how many saved ids open (200); the others are logged with their status
  local n=0 id status
  while read -r id; do
    status=$(opens "$1" "$id")
    if [[ "$status" == 200 ]]; then n=$((n + 1)); else echo "$1/b/$id answered $status" >>"$WORK/not-opened.log"; fi
  done <"$WORK/saved-ids"
  echo "$n"
}
SAVED_COUNT=$(wc -l <"$WORK/saved-ids")
SAVE_FAILURES=$( [[ -e "$WORK/save-failures" ]] && wc -l <"$WORK/save-failures" || echo 0)
OPEN_AFTER_STOP=$(count_opening "$SITE")
log "restarting both instances"
kill -TERM "$APP1_PID"; wait "$APP1_PID" 2>/dev/null || true
start_instance app1-again "$APP1_PORT"; APP1_PID=$LAST_PID
start_instance app2-again "$APP2_PORT"; APP2_PID=$LAST_PID
wait_ready app1-again "$APP1_PORT" "$APP1_PID"
wait_ready app2-again "$APP2_PORT" "$APP2_PID"
# A fresh instance renders its first page slowly (JIT, first queries): warm each up before counting.
for port in "$APP1_PORT" "$APP2_PORT"; do curl -s --max-time 60 -o /dev/null "http://127.0.0.1:$port/briefing?f=$FINDINGS" || true; done
OPEN_AFTER_RESTART_1=$(count_opening "http://127.0.0.1:$APP1_PORT")
OPEN_AFTER_RESTART_2=$(count_opening "http://127.0.0.1:$APP2_PORT")

# --- one client, thousands of slow connections -------------------------------------------------------------------------
# The hostile client has its own address, so nginx tells it from the readers (wrk, on 127.0.0.1); it ramps up all its
# connections before the measured load starts and keeps them going until after it ends.
log "warm-up of the restarted instances: ${WARMUP_SECONDS}s of load, not measured"
run_wrk warmup-again "$WARMUP_SECONDS"
log "attack: $ATTACK_CONNECTIONS slow connections from $ATTACK_SOURCE (half unfinished headers, half slow bodies), ${ATTACK_SECONDS}s of load from 127.0.0.1"
python3 "$REPO/deploy/slow-clients.py" --port "$NGINX_PORT" --source "$ATTACK_SOURCE" --connections "$ATTACK_CONNECTIONS" \
  --seconds "$((ATTACK_SECONDS + 5))" --ready-file "$WORK/attack-ready" >"$WORK/attack.txt" 2>&1 &
ATTACK_PID=$!
PIDS+=("$ATTACK_PID")
for _ in $(seq 1 600); do [[ -e "$WORK/attack-ready" ]] && break; kill -0 "$ATTACK_PID" 2>/dev/null || break; sleep 0.1; done
[[ -e "$WORK/attack-ready" ]] || { cat "$WORK/attack.txt"; fail "the hostile client did not open its connections"; }
P4_START=$(now); run_wrk attack "$ATTACK_SECONDS"; P4_END=$(now)
wait "$ATTACK_PID" || { cat "$WORK/attack.txt"; fail "the hostile client failed"; }
attack_figure() { grep -o "\b$1=[0-9]*" "$WORK/attack.txt" | cut -d= -f2; }
APP1_UP=$( kill -0 "$APP1_PID" 2>/dev/null && curl -fsS --max-time 10 -o /dev/null "http://127.0.0.1:$APP1_PORT/health/ready" && echo 1 || echo 0)
APP2_UP=$( kill -0 "$APP2_PID" 2>/dev/null && curl -fsS --max-time 10 -o /dev/null "http://127.0.0.1:$APP2_PORT/health/ready" && echo 1 || echo 0)
NGINX_UP=$( kill -0 "$NGINX_PID" 2>/dev/null && curl -fsS --max-time 10 -o /dev/null "$SITE/health/ready" && echo 1 || echo 0)

# --- figures ---------------------------------------------------------------------------------------------------------
wrk_requests() { awk '/requests in/ {print $1}' "$WORK/wrk-$1.txt"; }
wrk_rate() { awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1.txt"; }
wrk_latency() { awk -v p="$2" '$1 == p {print $2}' "$WORK/wrk-$1.txt"; }
wrk_non2xx() { awk '/Non-2xx or 3xx responses/ {n=$NF} END {print n+0}' "$WORK/wrk-$1.txt"; }
wrk_socket_errors() { awk -F'[ ,]+' '/Socket errors/ {n=$5+$7+$9+$11} END {print n+0}' "$WORK/wrk-$1.txt"; }
# wrk prints latencies as 850.00us, 12.34ms or 1.20s: in whole milliseconds.
wrk_latency_ms() { wrk_latency "$1" "$2" | awk '/us$/ {v = $1 / 1000} /ms$/ {v = $1} /[0-9]s$/ {v = $1 * 1000} END {printf "%d", v == "" ? 999999 : v}'; }
# From nginx's log, per phase: requests answered by each instance (including the few wrk abandons as a phase
# ends), retried on the other, and failed (not 2xx/3xx;
# 499, "client closed the connection", is wrk closing its connections at the end of a phase, not a failure).
upstream_count() { awk -v s="$1" -v e="$2" -v a="127.0.0.1:$3" '$1 >= s && $1 <= e && $2 != 499 { gsub(/"/, "", $3); n = split($3, u, ", "); if (u[n] == a) c++ } END {print c+0}' "$WORK/nginx/access.log"; }
retried() { awk -v s="$1" -v e="$2" '$1 >= s && $1 <= e && $3 ~ /,/ {c++} END {print c+0}' "$WORK/nginx/access.log"; }
failed_in_log() { awk -v s="$1" -v e="$2" -v skip="${3:-none}" '$1 >= s && $1 <= e && ($2 < 200 || $2 >= 400) && $2 != 499 && $NF != skip {c++} END {print c+0}' "$WORK/nginx/access.log"; }
from_address() { awk -v s="$1" -v e="$2" -v a="$3" -v st="$4" '$1 >= s && $1 <= e && $NF == a && $2 == st {c++} END {print c+0}' "$WORK/nginx/access.log"; }

FAILED=0
echo
printf '%-34s %12s %12s %12s\n' "" "1: both" "2: stop #2" "3: #1 alone"
row() { printf '%-34s %12s %12s %12s\n' "$1" "$2" "$3" "$4"; }
row "requests (wrk)" "$(wrk_requests 1)" "$(wrk_requests 2)" "$(wrk_requests 3)"
row "requests/s (wrk)" "$(wrk_rate 1)" "$(wrk_rate 2)" "$(wrk_rate 3)"
row "latency p50 (wrk)" "$(wrk_latency 1 50%)" "$(wrk_latency 2 50%)" "$(wrk_latency 3 50%)"
row "latency p99 (wrk)" "$(wrk_latency 1 99%)" "$(wrk_latency 2 99%)" "$(wrk_latency 3 99%)"
row "non-2xx/3xx responses (wrk)" "$(wrk_non2xx 1)" "$(wrk_non2xx 2)" "$(wrk_non2xx 3)"
row "socket errors (wrk)" "$(wrk_socket_errors 1)" "$(wrk_socket_errors 2)" "$(wrk_socket_errors 3)"
row "failed in nginx's log" "$(failed_in_log "$P1_START" "$P1_END")" "$(failed_in_log "$P2_START" "$P2_END")" "$(failed_in_log "$P3_START" "$P3_END")"
row "answered by instance 1" "$(upstream_count "$P1_START" "$P1_END" "$APP1_PORT")" "$(upstream_count "$P2_START" "$P2_END" "$APP1_PORT")" "$(upstream_count "$P3_START" "$P3_END" "$APP1_PORT")"
row "answered by instance 2" "$(upstream_count "$P1_START" "$P1_END" "$APP2_PORT")" "$(upstream_count "$P2_START" "$P2_END" "$APP2_PORT")" "$(upstream_count "$P3_START" "$P3_END" "$APP2_PORT")"
row "retried on the other instance" "$(retried "$P1_START" "$P1_END")" "$(retried "$P2_START" "$P2_END")" "$(retried "$P3_START" "$P3_END")"
echo
echo "publish: ${PUBLISH_SECONDS}s; artifact: ${ARTIFACT_SECONDS}s, $(du -sh "$WORK/releases/1" | cut -f1) ($(basename "$ARTIFACT") and its index)"
echo "instance 2 stopped at +$(awk -v a="$P2_START" -v b="$STOPPED_AT" 'BEGIN {printf "%.1f", b - a}')s of phase 2"
echo "saved briefings (PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}')): $SAVED_COUNT saved ($((SAVED_COUNT - 1)) while instance 2 was stopped under load, $SAVE_FAILURES saves not acknowledged); open after the stop: $OPEN_AFTER_STOP; after restarting both: $OPEN_AFTER_RESTART_1 through instance 1, $OPEN_AFTER_RESTART_2 through instance 2"
echo "/_blazor: 10 negotiations with one affinity cookie went to $STICKY_UPSTREAMS instance; WebSocket upgrade answered $WS_STATUS; 10 new readers were spread over $FRESH_SPREAD instance(s)"
echo
echo "slow-connection attack, ${ATTACK_SECONDS}s: one client on $ATTACK_SOURCE with $ATTACK_CONNECTIONS connections (ulimit -n $FILES; nginx worker_connections $NGINX_CONNECTIONS)"
echo "  the other readers (wrk, 127.0.0.1, $CONNECTIONS connections): $(wrk_requests attack) requests, $(wrk_rate attack) requests/s, p50 $(wrk_latency attack 50%), p99 $(wrk_latency attack 99%) (phase 1, no attack: p50 $(wrk_latency 1 50%), p99 $(wrk_latency 1 99%)), $(wrk_non2xx attack) non-2xx/3xx, $(wrk_socket_errors attack) socket errors, $(failed_in_log "$P4_START" "$P4_END" "$ATTACK_SOURCE") failed in nginx's log"
echo "  the attacker: $(attack_figure opened) connections opened ($(attack_figure connect_failed) not connected); slow bodies: at most $(attack_figure held_bodies_max) held at once (limit $PER_ADDRESS_LIMIT), $(attack_figure refused_429) refused with 429, $(attack_figure held_bodies_end) still held at the end; unfinished headers: at most $(attack_figure held_headers_max) held at once, $(attack_figure closed_by_server) connections closed by nginx (client_header_timeout 10s), $(attack_figure answered_other) other answers"
grep '^other answers' "$WORK/attack.txt" | sed 's/^/  /' || true
echo "  nginx: $(from_address "$P4_START" "$P4_END" "$ATTACK_SOURCE" 429) answers 429 to $ATTACK_SOURCE and $(from_address "$P4_START" "$P4_END" 127.0.0.1 429) to 127.0.0.1 in its access log; $(grep -c 'limiting connections by zone' "$WORK/nginx/error.log" || true) refusals by limit_conn and $(grep -c 'worker_connections are not enough' "$WORK/nginx/error.log" || true) times out of worker connections in its error log"

check() { # description condition-value expected
  if [[ "$2" == "$3" ]]; then echo "ok    $1"; else echo "FAIL  $1 (got $2, expected $3)"; FAILED=1; fi
}
echo
check "phase 1: no failed requests while both instances run" "$(( $(wrk_non2xx 1) + $(wrk_socket_errors 1) + $(failed_in_log "$P1_START" "$P1_END") ))" 0
check "phase 1: both instances answered" "$(( $(upstream_count "$P1_START" "$P1_END" "$APP1_PORT") > 0 && $(upstream_count "$P1_START" "$P1_END" "$APP2_PORT") > 0 ))" 1
check "phase 3: no failed requests once nginx has noticed" "$(( $(wrk_non2xx 3) + $(wrk_socket_errors 3) + $(failed_in_log "$P3_START" "$P3_END") ))" 0
check "phase 3: instance 1 answered everything" "$(upstream_count "$P3_START" "$P3_END" "$APP2_PORT")" 0
check "phase 3: requests were served" "$(( $(wrk_requests 3) > 0 ))" 1
check "a briefing saved through instance 1 opens through instance 2" "$CROSS_STATUS" 200
check "briefings were saved while instance 2 was stopped under load" "$(( SAVED_COUNT > 1 ))" 1
check "no save acknowledged then lost: every saved briefing opens through nginx" "$OPEN_AFTER_STOP" "$SAVED_COUNT"
check "every saved briefing opens through instance 1 after both restarted" "$OPEN_AFTER_RESTART_1" "$SAVED_COUNT"
check "every saved briefing opens through instance 2 after both restarted" "$OPEN_AFTER_RESTART_2" "$SAVED_COUNT"
check "attack: the other readers got no error" "$(( $(wrk_non2xx attack) + $(wrk_socket_errors attack) + $(failed_in_log "$P4_START" "$P4_END" "$ATTACK_SOURCE") ))" 0
check "attack: the other readers were served" "$(( $(wrk_requests attack) > 0 ))" 1
check "attack: the other readers' p99 ($(wrk_latency attack 99%)) within ${ATTACK_P99_MS} ms" "$(( $(wrk_latency_ms attack 99%) <= ATTACK_P99_MS ))" 1
check "attack: nginx held at most $PER_ADDRESS_LIMIT of the attacker's requests at once" "$(( $(attack_figure held_bodies_max) <= PER_ADDRESS_LIMIT ))" 1
check "attack: nginx refused the attacker's requests beyond $PER_ADDRESS_LIMIT with 429" "$(( $(attack_figure refused_429) >= ATTACK_CONNECTIONS / 2 - PER_ADDRESS_LIMIT ))" 1
check "attack: nginx cut off every unfinished header at least once" "$(( $(attack_figure closed_by_server) >= (ATTACK_CONNECTIONS + 1) / 2 ))" 1
check "attack: nginx never ran out of worker connections" "$(grep -c 'worker_connections are not enough' "$WORK/nginx/error.log" || true)" 0
check "attack: both instances and nginx stayed up and ready" "$APP1_UP$APP2_UP$NGINX_UP" 111
ARTIFACT_AFTER=$(fingerprint)
check "the artifact was never written ($ARTIFACT_BEFORE)" "$ARTIFACT_AFTER" "$ARTIFACT_BEFORE"
[[ -e "$WORK/not-opened.log" ]] && cat "$WORK/not-opened.log"
[[ "$FAILED" == 0 ]] || { log "the cluster check failed (KEEP=1 keeps its folder, with every log)"; exit 1; }
log "the cluster check passed"
