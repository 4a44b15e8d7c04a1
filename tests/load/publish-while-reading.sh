#!/usr/bin/env bash
# tests/load/publish-while-reading.sh — readers never see a broken page while editors publish.
#
# Publishes the site and the CLI (Release) to a temp folder and starts the site on a fresh database.
# A copy of the seed adds one word to every FAQ answer (genword-alpha), and the CLI imports it.
# Then, for DURATION seconds: wrk reads /ar/faq, /en/faq and two question pages with CONNECTIONS
# connections, checking every body (tests/load/torn.lua), while an editor (tests/load/Publisher)
# signed in to the manager publishes both FAQs once a second, every answer's word switched
# (alpha <-> beta) through the FAQ editor's form. The server's resident memory is sampled every 2 s.
# (A CLI import per second was tried first: on this shared 2-core machine one import process took
# 11 s to start and run under the read load, so the publishes go through the manager instead.)
#
# Before that, WARMUP seconds of the same readers and editor, unmeasured: the memory check is about the
# steady state, not the JIT, the pools and the drafts' kept saves settling under a workload that is new to
# the process (0: readers alone for 3 s, as before 2026-12-06).
#
# Passes when: no 5xx, no torn page (a body with both words: half one revision, half the next),
# no body without a word, both generations were seen, and memory is flat (the largest RSS of the
# last third at most 10% above that of the first third).
#
# usage: tests/load/publish-while-reading.sh        (about 75 s of load after a 1-2 minute build)
#   DURATION=60 WARMUP=15 CONNECTIONS=64 THREADS=2 SITE_PORT=5182 tests/load/publish-while-reading.sh
# Loopback only; every loop is bounded; everything it starts is stopped on exit.
# Last line of stdout: one JSON object. Exit 0 when every check passed, 1 when one failed or
# something could not be measured, 2 on bad usage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DURATION="${DURATION:-60}"; WARMUP="${WARMUP:-15}"; CONNECTIONS="${CONNECTIONS:-64}"; THREADS="${THREADS:-2}"; SITE_PORT="${SITE_PORT:-5182}"
for n in "$DURATION" "$WARMUP" "$CONNECTIONS" "$THREADS" "$SITE_PORT"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "numbers only: $n" >&2; exit 2; }
done
[ "$DURATION" -ge 10 ] && [ "$DURATION" -le 300 ] && [ "$WARMUP" -le 120 ] && [ "$CONNECTIONS" -le 512 ] ||
  { echo "bounds: 10<=DURATION<=300 WARMUP<=120 CONNECTIONS<=512" >&2; exit 2; }
for tool in wrk jq curl dotnet; do command -v "$tool" >/dev/null || { echo "$tool missing (wrk and jq: apt-get install wrk jq)" >&2; exit 1; }; done

SITE="http://127.0.0.1:$SITE_PORT"
WORK="$(mktemp -d /tmp/massar-publish-load.XXXXXX)"
SITE_PID=""; SAMPLER_PID=""; WRK_PID=""
# shellcheck source=tests/load/lib.sh
source "$ROOT/tests/load/lib.sh"
cleanup() { stop "$WRK_PID"; stop "$SAMPLER_PID"; stop "$SITE_PID"; rm -rf "$WORK"; }
trap cleanup EXIT

log "publishing the site, the CLI and the publisher (Release) to $WORK"
publish_release "$ROOT/src/MassarDalil.Web" "$WORK/site"
publish_release "$ROOT/src/MassarDalil.Cli" "$WORK/cli"
dotnet publish "$ROOT/tests/load/Publisher" -c Release -o "$WORK/publisher" --nologo -v quiet >&2
use_fresh_database
export Admin__Email="load-editor@massar.test" Admin__Password="Load-test-pass-$RANDOM!"

# The first generation of the seed: every FAQ answer starts with its generation's word (the publisher
# makes beta, and alpha again, from the manager).
cp -r "$ROOT/seed" "$WORK/seed-alpha"
for lang in ar en; do
  awk -v word="genword-alpha" '{ print } /^### .*\{#[a-z0-9-]+\}[[:space:]]*$/ { print ""; print word; }' \
    "$ROOT/seed/$lang/faq.md" >"$WORK/seed-alpha/$lang/faq.md"
done
"$WORK/cli/massar" validate "$WORK/seed-alpha" >"$WORK/validate.log" 2>&1 || { cat "$WORK/validate.log" >&2; exit 1; }
QUESTIONS="$(grep -c '^### ' "$WORK/seed-alpha/en/faq.md")"
[ "$(grep -c '^genword-alpha$' "$WORK/seed-alpha/en/faq.md")" = "$QUESTIONS" ] || { log "not every answer carries the word"; exit 1; }

log "starting the site on a fresh database"
start_site
wait_for "$SITE/ar/faq" 60 >/dev/null || { log "the site did not answer"; tail -20 "$WORK/site.log" >&2; exit 1; }
"$WORK/cli/massar" import "$WORK/seed-alpha" >"$WORK/import.log" 2>&1 || { cat "$WORK/import.log" >&2; exit 1; }
deadline=$(( $(now_ms) + 10000 ))
# (Into a file, then grep: with pipefail, grep -q closing the pipe early would fail curl.)
until curl -sf "$SITE/en/faq" -o "$WORK/page.html" && grep -q genword-alpha "$WORK/page.html"; do
  [ "$(now_ms)" -lt "$deadline" ] || { log "the first import never became visible"; exit 1; }
  sleep 0.05
done
READ_WARMUP=$(( WARMUP > 3 ? WARMUP : 3 ))
log "warming up for $READ_WARMUP s (readers$( [ "$WARMUP" -gt 0 ] && echo " and the editor"))"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${READ_WARMUP}s" -s "$ROOT/tests/load/torn.lua" "$SITE" >/dev/null 2>&1 & WRK_PID=$!
if [ "$WARMUP" -gt 0 ]; then
  "$WORK/publisher/Publisher" "$SITE" "$Admin__Email" "$Admin__Password" "$WARMUP" >"$WORK/warmup.out" 2>&1 ||
    { log "the warm-up's publishes failed"; cat "$WORK/warmup.out" >&2; exit 1; }
fi
wait "$WRK_PID" || true; WRK_PID=""
sleep 1

sample_rss() { # every 2 s: "seconds kB" lines, until the stop file appears (bounded by the duration)
  local start; start="$(now_ms)"
  for _ in $(seq 1 $(( DURATION / 2 + 30 ))); do
    [ -f "$WORK/rss.stop" ] && return 0
    echo "$(( ($(now_ms) - start) / 1000 )) $(rss_kb "$SITE_PID")" >>"$WORK/rss"
    sleep 2
  done
}
RSS_START_KB="$(rss_kb "$SITE_PID")"
sample_rss & SAMPLER_PID=$!

log "reading with wrk for ${DURATION} s (${CONNECTIONS} connections) while an editor publishes both FAQs every second"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s "$ROOT/tests/load/torn.lua" "$SITE" >"$WORK/wrk.out" 2>&1 &
WRK_PID=$!
PUBLISHER_OK=true
"$WORK/publisher/Publisher" "$SITE" "$Admin__Email" "$Admin__Password" $(( DURATION - 2 )) >"$WORK/publisher.out" 2>"$WORK/publisher.err" || PUBLISHER_OK=false
wait "$WRK_PID" || true; WRK_PID=""
PUBLISHES="$(tail -1 "$WORK/publisher.out")"
jq -e . <<<"$PUBLISHES" >/dev/null 2>&1 || { log "the publisher gave no summary"; cat "$WORK/publisher.err" >&2; exit 1; }
gen="$(jq -r .last_generation <<<"$PUBLISHES")"
touch "$WORK/rss.stop"; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
RSS_END_KB="$(rss_kb "$SITE_PID")"
sleep 2 # the last publish reaches both pages
FINAL_OK=false
curl -sf "$SITE/ar/faq" -o "$WORK/ar.html" && curl -sf "$SITE/en/faq" -o "$WORK/en.html" \
  && grep -q "genword-$gen" "$WORK/ar.html" && grep -q "genword-$gen" "$WORK/en.html" && FINAL_OK=true

log "$(sed 's/^/  /' "$WORK/wrk.out")"
BODIES="$(awk '/^BODIES /{ sub(/^BODIES /, ""); print }' "$WORK/wrk.out")"
[ -n "$BODIES" ] || { log "wrk gave no body counts"; exit 1; }
RPS="$(awk '/^Requests\/sec:/{print $2}' "$WORK/wrk.out")"
P99="$(awk '$1=="99%"{print $2}' "$WORK/wrk.out")"
RSS_SERIES="$(awk '{ printf "%s[%d,%d]", (NR>1?",":""), $1, $2 }' "$WORK/rss")"

RESULT="$(jq -cn --argjson bodies "$BODIES" --argjson rss "[$RSS_SERIES]" --argjson publishes "$PUBLISHES" --argjson publisher_ok "$PUBLISHER_OK" \
  --argjson rps "${RPS:-0}" --arg p99 "$P99" \
  --argjson rss_start "$RSS_START_KB" --argjson rss_end "$RSS_END_KB" --argjson final "$FINAL_OK" \
  --argjson d "$DURATION" --argjson w "$WARMUP" --argjson c "$CONNECTIONS" --argjson t "$THREADS" \
  --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
  --arg machine "$(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)" '
  ($rss | length) as $n | ($rss | map(.[1])) as $kb
  | ($kb[0:(($n/3)|floor)] | max // 0) as $first | ($kb[(($n*2/3)|floor):] | max // 0) as $last
  | {date:$date, machine:$machine, load_average_at_end:$load, wrk:{seconds:$d, warmup_seconds:$w, connections:$c, threads:$t},
     requests_per_second:$rps, p99:$p99, bodies:$bodies,
     publishes:$publishes,
     rss_mb:{start:($rss_start/1024|round), end:($rss_end/1024|round), max:(($kb|max)/1024|round),
             first_third_max:($first/1024|round), last_third_max:($last/1024|round), samples_kb:$rss},
     final_generation_visible:$final,
     checks:{no_5xx:($bodies.errors_5xx == 0), no_torn_page:($bodies.torn == 0), every_body_marked:($bodies.unmarked == 0),
             no_other_errors:($bodies.other_non2xx == 0 and $bodies.socket_errors == 0 and $bodies.timeouts == 0),
             both_generations_seen:($bodies.alpha > 0 and $bodies.beta > 0),
             publishes_all_succeeded:($publisher_ok and $publishes.failed == 0 and $publishes.published > 0),
             memory_flat:($last <= $first * 1.10), final_generation_visible:$final}}')"

echo
jq -r '"\(.bodies.responses) responses, \(.requests_per_second) req/s, p99 \(.p99): 5xx \(.bodies.errors_5xx), torn \(.bodies.torn), unmarked \(.bodies.unmarked), alpha \(.bodies.alpha), beta \(.bodies.beta)"' <<<"$RESULT"
jq -r '"publishes \(.publishes.published) (failed \(.publishes.failed)), each median \(.publishes.median_ms) ms, max \(.publishes.max_ms) ms;  RSS start \(.rss_mb.start) MB, end \(.rss_mb.end) MB, max \(.rss_mb.max) MB (first third max \(.rss_mb.first_third_max), last third max \(.rss_mb.last_third_max))"' <<<"$RESULT"
jq -r '.checks | to_entries[] | "  \(if .value then "PASS" else "FAIL" end)  \(.key)"' <<<"$RESULT"
echo "$RESULT" | jq -c 'del(.rss_mb.samples_kb)'
jq -e '.checks | all' <<<"$RESULT" >/dev/null
