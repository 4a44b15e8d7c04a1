#!/usr/bin/env bash
# tests/load/run.sh — the fast read path measured against this machine's limit.
#
# Publishes the site (a plain `dotnet publish -c Release`) to a temp folder, starts it on a fresh database,
# and compares with wrk /ar/faq and /en/faq, uncompressed and with `Accept-Encoding: br` (what browsers
# send), against the same bytes and headers served from memory by a bare Kestrel endpoint (tests/load/Limit) and as
# static files by nginx (Debian's nginx-light, when installed). Then: search under the same load, the
# site's resident memory under load, cold start (process start to the first 200 on /ar/faq, existing
# database) and publish-to-visible (a CLI import of a changed seed copy, polled until visitors see it).
#
# usage: tests/load/run.sh                 (about 11 minutes; run it when the machine is quiet)
#   DURATION=3 ROUNDS=5 SEARCH_DURATION=10 CONNECTIONS=64 THREADS=2 SITE_PORT=5180 LIMIT_PORT=5181 NGINX_PORT=5183 tests/load/run.sh
# Each round measures every page as site, limit, nginx, nginx, limit, site (DURATION seconds each), so a machine
# that speeds up or slows down during a round favours none of them; a page's ratio is the median of its rounds'.
# Loopback only; every loop is bounded; everything it starts is stopped on exit.
# Last line of stdout: one JSON object with every figure. Exit 0 when measured (targets are
# reported, not enforced), 1 when something could not be measured, 2 on bad usage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${DURATION:-3}"; ROUNDS="${ROUNDS:-5}"; SEARCH_DURATION="${SEARCH_DURATION:-10}"; CONNECTIONS="${CONNECTIONS:-64}"; THREADS="${THREADS:-2}"
SITE_PORT="${SITE_PORT:-5180}"; LIMIT_PORT="${LIMIT_PORT:-5181}"; NGINX_PORT="${NGINX_PORT:-5183}"
COLD_STARTS="${COLD_STARTS:-5}"; PUBLISHES="${PUBLISHES:-3}"; WARMUP="${WARMUP:-10}"
for n in "$DURATION" "$ROUNDS" "$SEARCH_DURATION" "$CONNECTIONS" "$THREADS" "$SITE_PORT" "$LIMIT_PORT" "$NGINX_PORT" "$COLD_STARTS" "$PUBLISHES" "$WARMUP"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "numbers only: $n" >&2; exit 2; }
done
[ "$DURATION" -ge 1 ] && [ "$DURATION" -le 120 ] && [ "$ROUNDS" -ge 1 ] && [ "$ROUNDS" -le 20 ] && [ "$SEARCH_DURATION" -ge 1 ] && [ "$SEARCH_DURATION" -le 120 ] && [ "$COLD_STARTS" -le 20 ] && [ "$PUBLISHES" -le 10 ] && [ "$WARMUP" -le 60 ] || { echo "bounds: 1<=DURATION<=120 1<=ROUNDS<=20 1<=SEARCH_DURATION<=120 COLD_STARTS<=20 PUBLISHES<=10 WARMUP<=60" >&2; exit 2; }
for tool in wrk jq curl dotnet; do command -v "$tool" >/dev/null || { echo "$tool missing (wrk and jq: apt-get install wrk jq)" >&2; exit 1; }; done

SITE="http://127.0.0.1:$SITE_PORT"; LIMIT="http://127.0.0.1:$LIMIT_PORT"; NGINX="http://127.0.0.1:$NGINX_PORT"
NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"; [ -x "$NGINX_BIN" ] || NGINX_BIN=""
[ -n "$NGINX_BIN" ] || echo "nginx missing: no static-file reference (apt-get install nginx-light)" >&2
WORK="$(mktemp -d /tmp/massar-load.XXXXXX)"
# nginx's own folder: readable by its workers, which run as nobody when the script runs as root (WORK is 0700).
NGX="$(mktemp -d /tmp/massar-nginx.XXXXXX)"; chmod 755 "$NGX"
SITE_PID=""; LIMIT_PID=""; NGINX_PID=""
# shellcheck source=tests/load/lib.sh
source "$ROOT/tests/load/lib.sh"
cleanup() { stop "$SITE_PID"; stop "$LIMIT_PID"; stop "$NGINX_PID"; rm -rf "$WORK" "$NGX"; }
trap cleanup EXIT

start_nginx() { # nginx serving the saved page bytes as static files, br by Accept-Encoding as the site does; sets NGINX_PID
  mkdir -p "$NGX/static" "$NGX/temp"
  install -m 644 "$WORK"/*-faq.html "$WORK"/*-faq.html.br "$NGX/static/"
  chmod 755 "$NGX/static"
  cat >"$NGX/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $NGX/nginx.pid;
error_log $NGX/error.log warn;
events { worker_connections 1024; }
http {
  # A log line per request, buffered, since the site keeps its request log on too.
  access_log $NGX/access.log combined buffer=64k flush=1s;
  client_body_temp_path $NGX/temp/body; proxy_temp_path $NGX/temp/proxy;
  fastcgi_temp_path $NGX/temp/fastcgi; uwsgi_temp_path $NGX/temp/uwsgi; scgi_temp_path $NGX/temp/scgi;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  map \$http_accept_encoding \$suffix { default ""; "~*\bbr\b" ".br"; }
  map \$http_accept_encoding \$encoding { default ""; "~*\bbr\b" "br"; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $NGX/static;
    types { } default_type text/html; charset utf-8;
    add_header Vary Accept-Encoding;
    add_header Content-Encoding \$encoding;
    location = /ar/faq { try_files /ar-faq.html\$suffix =404; }
    location = /en/faq { try_files /en-faq.html\$suffix =404; }
  }
}
CONF
  ( exec "$NGINX_BIN" -p "$NGX" -e "$NGX/error.log" -c "$NGX/nginx.conf" ) &
  NGINX_PID=$!
}

# The headers of one answer as site and limit must share them: the same names and values, but Date (Kestrel's, per
# response) and Age (the seconds since the site cached the page; the limit repeats the saved ones) only have to be there.
compared_headers() { # $1 = url, $2 = Accept-Encoding
  curl -sf -H "Accept-Encoding: $2" -D - -o /dev/null "$1" | sed -E 's/^(date|age):.*/\1:/I'
}

# --- build -------------------------------------------------------------------------------------
log "publishing the site, the CLI and the limit (Release) to $WORK"
# The site exactly as operators publish it: the project itself asks for ReadyToRun.
dotnet publish "$ROOT/src/MassarDalil.Web" -c Release -o "$WORK/site" --nologo -v quiet >&2
publish_release "$ROOT/src/MassarDalil.Cli" "$WORK/cli"
dotnet publish "$ROOT/tests/load/Limit" -c Release -o "$WORK/limit" --nologo -v quiet >&2
use_fresh_database

# --- fresh database, then the limit with the same bytes -----------------------------------------
log "starting the site on a fresh database"
start_site
wait_for "$SITE/ar/faq" 60 >/dev/null || { log "the site did not answer"; tail -20 "$WORK/site.log" >&2; exit 1; }
for lang in ar en; do
  curl -sf "$SITE/$lang/faq" -o "$WORK/$lang-faq.html"
  # The Brotli bytes exactly as sent (curl without --compressed keeps them), checked to be the same page.
  br_encoding="$(curl -sf -H 'Accept-Encoding: br' -D - -o "$WORK/$lang-faq.html.br" "$SITE/$lang/faq" | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}')"
  [ "$br_encoding" = "br" ] || { log "/$lang/faq: no Brotli for Accept-Encoding: br (got '${br_encoding}')"; exit 1; }
  cmp -s "$WORK/$lang-faq.html" <(curl -sf --compressed -H 'Accept-Encoding: br' "$SITE/$lang/faq") || { log "/$lang/faq: Brotli page differs"; exit 1; }
  # The headers for the limit to send, as a cached hit sends them: the first answer of each encoding was rendered,
  # in chunks and without Age.
  curl -sf -D "$WORK/$lang-faq.html.headers" -o /dev/null "$SITE/$lang/faq"
  curl -sf -H 'Accept-Encoding: br' -D "$WORK/$lang-faq.html.br.headers" -o /dev/null "$SITE/$lang/faq"
  log "/$lang/faq: $(stat -c %s "$WORK/$lang-faq.html") bytes, $(stat -c %s "$WORK/$lang-faq.html.br") with Brotli"
done
# Static assets: fingerprinted, precompressed with Brotli at publish, cached for a year.
CSS="$(grep -o 'href="/css/[^"]*\.css"' "$WORK/ar-faq.html" | head -1 | cut -d'"' -f2)"
CSS_HEADERS="$(curl -s -o /dev/null -D - -H 'Accept-Encoding: br, gzip' "$SITE$CSS" | tr -d '\r')"
CSS_ENCODING="$(awk -F': ' 'tolower($1)=="content-encoding"{print $2}' <<<"$CSS_HEADERS")"
CSS_CACHE="$(awk -F': ' 'tolower($1)=="cache-control"{print $2}' <<<"$CSS_HEADERS")"
log "stylesheet $CSS: Content-Encoding ${CSS_ENCODING:-none}, Cache-Control ${CSS_CACHE:-none}"
( exec "$WORK/limit/Limit" --urls "$LIMIT" "/ar/faq=$WORK/ar-faq.html" "/en/faq=$WORK/en-faq.html" >"$WORK/limit.log" 2>&1 ) &
LIMIT_PID=$!
wait_for "$LIMIT/ar/faq" 30 >/dev/null || { log "the limit did not answer"; exit 1; }
for lang in ar en; do
  cmp -s <(curl -sf "$SITE/$lang/faq") <(curl -sf "$LIMIT/$lang/faq") || { log "site and limit differ for /$lang/faq"; exit 1; }
  cmp -s "$WORK/$lang-faq.html.br" <(curl -sf -H 'Accept-Encoding: br' "$LIMIT/$lang/faq") || { log "site and limit differ for /$lang/faq (br)"; exit 1; }
  for encoding in identity br; do
    [ "$(compared_headers "$SITE/$lang/faq" "$encoding")" = "$(compared_headers "$LIMIT/$lang/faq" "$encoding")" ] ||
      { log "site and limit send different headers for /$lang/faq ($encoding)"; exit 1; }
  done
done
if [ -n "$NGINX_BIN" ]; then
  start_nginx
  wait_for "$NGINX/ar/faq" 30 >/dev/null || { log "nginx did not answer"; tail -5 "$NGX/error.log" >&2; exit 1; }
  for lang in ar en; do
    cmp -s "$WORK/$lang-faq.html" <(curl -sf "$NGINX/$lang/faq") || { log "site and nginx differ for /$lang/faq"; exit 1; }
    cmp -s "$WORK/$lang-faq.html.br" <(curl -sf -H 'Accept-Encoding: br' "$NGINX/$lang/faq") || { log "site and nginx differ for /$lang/faq (br)"; exit 1; }
  done
fi

to_ms() { # wrk latency (812.00us, 1.23ms, 2.01s) -> ms
  awk -v t="$1" 'BEGIN{ v=t; sub(/[a-z]+$/,"",v); u=t; sub(/^[0-9.]+/,"",u);
    m=(u=="us")?0.001:(u=="ms")?1:(u=="s")?1000:(u=="m")?60000:-1; if(m<0||v==""){print "null"} else printf "%.3f\n", v*m }'
}

echo 0 >"$WORK/rss_max"
sample_rss() { # $1 = pid, $2 = file: max VmRSS (kB) every 0.25 s while wrk runs
  local max=0 v
  while kill -0 "$1" 2>/dev/null && [ ! -f "$2.stop" ]; do
    v="$(rss_kb "$1")"
    [ "${v:-0}" -gt "$max" ] && max="$v"
    echo "$max" >"$2"
    sleep 0.25
  done
}

accept() { # $1 = identity or br -> wrk's header arguments (identity: no Accept-Encoding, as before)
  [ "$1" = br ] && printf '%s\n' -H 'Accept-Encoding: br' || true
}

measure() { # $1 = label, $2 = url, $3 = identity or br, $4 = a wrk script (optional), $5 = seconds (DURATION) -> JSON
  local out header=()
  mapfile -t header < <(accept "${3:-identity}")
  [ -n "${4:-}" ] && header+=(-s "$4")
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${5:-$DURATION}s" --timeout 5s --latency "${header[@]}" "$2" 2>&1)" || { log "$out"; return 1; }
  log "---- $1 $2 (${3:-identity})"; log "$(echo "$out" | sed 's/^/  /')"
  local rps p50 p99 non2xx errors
  rps="$(echo "$out" | awk '/^Requests\/sec:/{print $2}')"
  p50="$(to_ms "$(echo "$out" | awk '$1=="50%"{print $2}')")"
  p99="$(to_ms "$(echo "$out" | awk '$1=="99%"{print $2}')")"
  non2xx="$(echo "$out" | awk -F': *' '/Non-2xx or 3xx responses/{print $2}')"
  errors="$(echo "$out" | awk '/Socket errors/{s=0; for(i=1;i<=NF;i++) if($i ~ /^[0-9]+,?$/){gsub(",","",$i); s+=$i}; print s}')"
  jq -cn --arg l "$1" --arg u "$2" --argjson rps "$rps" --argjson p50 "$p50" --argjson p99 "$p99" \
    --argjson n "${non2xx:-0}" --argjson e "${errors:-0}" '{label:$l,url:$u,rps:$rps,p50_ms:$p50,p99_ms:$p99,non2xx:$n,socket_errors:$e}'
}

measure_site() { # $1 = url, $2 = encoding, $3 = a wrk script (optional), $4 = seconds: measure while sampling the site's memory
  local result v sampler
  sample_rss "$SITE_PID" "$WORK/rss" & sampler=$!
  result="$(measure "site" "$1" "$2" "${3:-}" "${4:-}")" || { touch "$WORK/rss.stop"; return 1; }
  touch "$WORK/rss.stop"; wait "$sampler" 2>/dev/null || true; rm -f "$WORK/rss.stop"
  # Called in $( ): the maximum is kept in a file, since a variable set here would not reach the caller.
  v="$(cat "$WORK/rss" 2>/dev/null || echo 0)"; [ "$v" -gt "$(cat "$WORK/rss_max")" ] && echo "$v" >"$WORK/rss_max"
  echo "$result"
}

# --- throughput and latency ----------------------------------------------------------------------
# Tiered compilation needs several seconds of load to settle (tier 0, then instrumented, then optimised with
# the profile it gathered); the site has far more methods to get there than the limit, so a short warm-up
# measured the site half compiled (first 10 s under load: about 14,000 req/s, steady: 17,000-19,000).
log "warming up (${WARMUP} s per page and encoding)"
for url in "$SITE/ar/faq" "$SITE/en/faq" "$LIMIT/ar/faq" "$LIMIT/en/faq"; do
  for encoding in identity br; do
    mapfile -t header < <(accept "$encoding")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "${header[@]}" "$url" >/dev/null 2>&1 || true
  done
done
# Two measurements of one server, DURATION seconds each, as one: the requests over the whole time (each leg's req/s
# averaged, the legs being equally long), latency averaged, errors added; the legs themselves are kept as they were.
JOIN='def join: {label: .[0].label, url: .[0].url, rps: ((map(.rps)|add) / length), p50_ms: ((map(.p50_ms)|add) / length),
  p99_ms: ((map(.p99_ms)|add) / length), non2xx: (map(.non2xx)|add), socket_errors: (map(.socket_errors)|add), legs: .};'
# A round measures each page and encoding as site, limit, nginx, nginx, limit, site: whichever way the machine drifts
# during the round (a neighbour, the CPU's clock, the kernel's caches), each server gets as much of the early part as
# of the late part, so the ratio of one round is not tilted towards whoever went first. Rounds alternate the pages'
# order too. Many short rounds, and the median of their ratios, leave an unlucky round out instead of averaging it in.
RUNS="[]"
CASES=("ar identity" "ar br" "en identity" "en br")
for round in $(seq 1 "$ROUNDS"); do
  order=("${CASES[@]}")
  [ $((round % 2)) -eq 0 ] && order=("${CASES[3]}" "${CASES[2]}" "${CASES[1]}" "${CASES[0]}")
  for pair in "${order[@]}"; do
    read -r lang encoding <<<"$pair"
    site1="$(measure_site "$SITE/$lang/faq" "$encoding")" || exit 1
    limit1="$(measure "limit" "$LIMIT/$lang/faq" "$encoding")" || exit 1
    nginx=null
    if [ -n "$NGINX_BIN" ]; then
      nginx1="$(measure "nginx" "$NGINX/$lang/faq" "$encoding")" || exit 1
      nginx2="$(measure "nginx" "$NGINX/$lang/faq" "$encoding")" || exit 1
      nginx="$(jq -c "$JOIN"' join' <<<"[$nginx1,$nginx2]")"
    fi
    limit2="$(measure "limit" "$LIMIT/$lang/faq" "$encoding")" || exit 1
    site2="$(measure_site "$SITE/$lang/faq" "$encoding")" || exit 1
    site="$(jq -c "$JOIN"' join' <<<"[$site1,$site2]")"; limit="$(jq -c "$JOIN"' join' <<<"[$limit1,$limit2]")"
    RUNS="$(jq -c --argjson s "$site" --argjson l "$limit" --argjson n "$nginx" --arg lang "$lang" --arg e "$encoding" --argjson r "$round" \
      '. + [{round:$r, page:$lang, encoding:$e, site:$s, limit:$l, nginx:$n, ratio: (($s.rps / $l.rps) * 1000 | round / 1000)}]' <<<"$RUNS")"
    log "round $round /$lang/faq $encoding: site $(jq .rps <<<"$site") req/s, limit $(jq .rps <<<"$limit"), nginx $(jq '.rps // null' <<<"$nginx"), ratio $(jq -r '.[-1].ratio' <<<"$RUNS")"
  done
done
# The median and the maximum of nothing (COLD_STARTS=0 or PUBLISHES=0) are null, and a target on null is null:
# reported as not measured (in jq, null <= 1200 is true).
MED='def med: sort | if length == 0 then null elif length%2==1 then .[length/2|floor] else ((.[length/2-1]+.[length/2])/2) end;
  def at_most($n): if . == null then null else . <= $n end;'
PAGES="$(jq -c "$MED"' group_by([.page, .encoding]) | map({page: .[0].page, encoding: .[0].encoding,
    site: {rps: (map(.site.rps)|med), p50_ms: (map(.site.p50_ms)|med), p99_ms: (map(.site.p99_ms)|med),
           errors: (map(.site.non2xx + .site.socket_errors)|add)},
    limit: {rps: (map(.limit.rps)|med), p50_ms: (map(.limit.p50_ms)|med), p99_ms: (map(.limit.p99_ms)|med)},
    nginx: (if .[0].nginx == null then null else {rps: (map(.nginx.rps)|med), p99_ms: (map(.nginx.p99_ms)|med)} end),
    ratio: ((map(.site.rps / .limit.rps)|med) * 1000 | round / 1000),
    ratio_rounds: map(.ratio), ratio_min: (map(.ratio)|min), ratio_max: (map(.ratio)|max),
    ratio_nginx: (if .[0].nginx == null then null else ((map(.site.rps / .nginx.rps)|med) * 1000 | round / 1000) end)})' <<<"$RUNS")"

# --- search under the same load: a query that finds answers, as browsers ask for it ------------------
SEARCH_QUERIES=("ar/search?q=%D9%83%D9%84%D9%85%D8%A9%20%D8%A7%D9%84%D8%B3%D8%B1" "en/search?q=password%20reset")
# The same two queries over and over measure one query's path; the relevance set's 290 queries (Arabic, Darija,
# French and English, answered and not) measure search as visitors spread it. Non-2xx counts here too.
grep -v '^#' "$ROOT/tests/MassarDalil.Tests/Search/Relevance/queries.tsv" \
  | jq -Rr 'split("\t") | select(length >= 3) | "/\(.[1])/search?q=\(.[2] | @uri)"' >"$WORK/search-paths.txt"
export SEARCH_PATHS="$WORK/search-paths.txt"
# Search's code (Lucene, the search page, the highlighter) is not run by the page warm-up above: measured first
# and cold, the Arabic query paid for its tiered compilation (CPU per request 2.3 ms in its first 10 s under
# load, 0.7 ms from 30 s on; tests/load/README.md). Warmed as the pages are, all three before any is measured.
log "warming up search (${WARMUP} s per query and the set)"
for query in "${SEARCH_QUERIES[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H 'Accept-Encoding: br' "$SITE/$query" >/dev/null 2>&1 || true
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$ROOT/tests/load/search-queries.lua" "$SITE/search-set" >/dev/null 2>&1 || true
SEARCH="[]"
for query in "${SEARCH_QUERIES[@]}"; do
  s="$(measure_site "$SITE/$query" br "" "$SEARCH_DURATION")" || exit 1
  SEARCH="$(jq -c --argjson s "$s" '. + [$s]' <<<"$SEARCH")"
done
s="$(measure_site "$SITE/search-set" br "$ROOT/tests/load/search-queries.lua" "$SEARCH_DURATION")" || exit 1
SEARCH="$(jq -c --argjson s "$s" --argjson n "$(wc -l <"$WORK/search-paths.txt")" '. + [$s + {url: "\($n) distinct queries (tests/load/search-queries.lua)"}]' <<<"$SEARCH")"

rss_max_kb="$(cat "$WORK/rss_max")"

# --- cold start: process start to the first 200 on /ar/faq, existing database --------------------
stop "$SITE_PID"; SITE_PID=""
stop "$LIMIT_PID"; LIMIT_PID=""; stop "$NGINX_PID"; NGINX_PID="" # not needed any more: the starts have the machine
COLD="[]"
for _ in $(seq 1 "$COLD_STARTS"); do
  start="$(now_ms)"; start_site
  wait_for "$SITE/ar/faq" 30 >/dev/null || { log "no cold start"; exit 1; }
  COLD="$(jq -c --argjson ms "$(( $(now_ms) - start ))" '. + [$ms]' <<<"$COLD")"
  stop "$SITE_PID"; SITE_PID=""
done
log "cold starts (ms): $COLD"

# --- publish to visible: a CLI import of a changed seed copy ------------------------------------
start_site
wait_for "$SITE/en/faq" 30 >/dev/null || exit 1
PUBLISH="[]"
for i in $(seq 1 "$PUBLISHES"); do
  rm -rf "$WORK/seed" && cp -r "$ROOT/seed" "$WORK/seed"
  marker="load-marker-$i-$RANDOM"
  sed -i "s/All the guides and tools on this site are free\./All the guides and tools on this site are free. $marker/" "$WORK/seed/en/faq.md"
  grep -q "$marker" "$WORK/seed/en/faq.md" || { log "could not change the seed copy"; exit 1; }
  curl -sf "$SITE/en/faq" >/dev/null # cached before the change
  cli_start="$(now_ms)"
  "$WORK/cli/massar" import "$WORK/seed" >"$WORK/import.log" 2>&1 || { cat "$WORK/import.log" >&2; exit 1; }
  cli_end="$(now_ms)"
  deadline=$(( cli_end + 10000 )); seen=""
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if curl -sf "$SITE/en/faq" | grep -q "$marker"; then seen="$(now_ms)"; break; fi
    sleep 0.01
  done
  [ -n "$seen" ] || { log "the import never became visible"; exit 1; }
  PUBLISH="$(jq -c --argjson after "$(( seen - cli_end ))" --argjson cli "$(( cli_end - cli_start ))" \
    '. + [{visible_after_import_ms:$after, cli_ms:$cli}]' <<<"$PUBLISH")"
done
log "publish to visible: $PUBLISH"

# --- report ---------------------------------------------------------------------------------------
RESULT="$(jq -cn --argjson pages "$PAGES" --argjson runs "$RUNS" --argjson cold "$COLD" --argjson publish "$PUBLISH" \
  --argjson search "$SEARCH" --argjson rss "$rss_max_kb" --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg machine "$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)" \
  --arg css "$CSS" --arg cssenc "$CSS_ENCODING" --arg csscache "$CSS_CACHE" \
  --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --argjson d "$DURATION" --argjson r "$ROUNDS" --argjson sd "$SEARCH_DURATION" --argjson c "$CONNECTIONS" --argjson t "$THREADS" \
  "$MED"' {date:$date, machine:$machine, load_average_at_end:$load, wrk:{seconds:$d, rounds:$r, connections:$c, threads:$t, search_seconds:$sd,
      order: "each round: site, limit, nginx, nginx, limit, site per page (pages in reverse every other round); ratio: median of the ratios of the rounds"},
    stylesheet:{url:$css, content_encoding:$cssenc, cache_control:$csscache},
    pages:$pages, search:$search, rss_max_mb: ($rss/1024|round), cold_start_ms:{median:($cold|med), max:($cold|max), runs:$cold},
    publish_visible_ms:{median:($publish|map(.visible_after_import_ms)|med), max:($publish|map(.visible_after_import_ms)|max), runs:$publish},
    targets:{br_ratio_at_least_0_9: ($pages|map(select(.encoding == "br"))|all(.ratio >= 0.9)),
      uncompressed_ratio_at_least_0_9: ($pages|map(select(.encoding == "identity"))|all(.ratio >= 0.9)),
      p99_at_most_10ms: ($pages|all(.site.p99_ms <= 10)), search_p99_at_most_50ms: ($search|all(.p99_ms <= 50)),
      no_errors: (($pages|all(.site.errors == 0)) and ($search|all(.non2xx + .socket_errors == 0))), rss_at_most_200mb: ($rss <= 204800),
      stylesheet_br_immutable: ($cssenc == "br" and ($csscache|test("immutable"))),
      cold_start_median_at_most_1_2s: ($cold|med|at_most(1200)),
      publish_visible_within_1s: ($publish|map(.visible_after_import_ms)|max|at_most(1000))},
    runs:$runs}')"

echo
jq -r '.pages[] | "/\(.page)/faq \(.encoding)  site \(.site.rps) req/s  p50 \(.site.p50_ms) ms  p99 \(.site.p99_ms) ms  errors \(.site.errors)   limit \(.limit.rps) req/s  p99 \(.limit.p99_ms) ms  ratio \(.ratio)   nginx \(.nginx.rps // "-") req/s  ratio \(.ratio_nginx // "-")"' <<<"$RESULT"
jq -r '.search[] | "\(.url)  \(.rps) req/s  p50 \(.p50_ms) ms  p99 \(.p99_ms) ms"' <<<"$RESULT"
jq -r 'def ms: if . == null then "not measured" else "\(.) ms" end;
  "RSS max under load \(.rss_max_mb) MB;  cold start median \(.cold_start_ms.median|ms), max \(.cold_start_ms.max|ms);  publish visible after import median \(.publish_visible_ms.median|ms), max \(.publish_visible_ms.max|ms)"' <<<"$RESULT"
jq -r '.targets | to_entries[] | "  \(if .value == null then "NOT MEASURED" elif .value then "MET " else "MISSED" end)  \(.key)"' <<<"$RESULT"
echo "$RESULT" | jq -c 'del(.runs)'
