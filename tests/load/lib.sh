# tests/load/lib.sh — what the load scripts share: sourced, not run.
# Expects ROOT (the repository), WORK (a temp folder the caller removes) and SITE (http://127.0.0.1:PORT).
# Sets SITE_PID when it starts the site.

now_ms() { date +%s%3N; }
log() { echo "$*" >&2; }

stop() { # $1 = pid: stop one process we started, and wait for it
  [ -n "${1:-}" ] || return 0
  kill "$1" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
}

publish_release() { # $1 = project path, $2 = output folder: Release, ReadyToRun where the platform has it
  # ReadyToRun (precompiled code) roughly halves the cold start; it needs a runtime identifier.
  local rid="" r2r=()
  case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; esac
  [ -n "$rid" ] && r2r=(-r "$rid" --self-contained false -p:PublishReadyToRun=true)
  dotnet publish "$1" -c Release "${r2r[@]}" -o "$2" --nologo -v quiet >&2
}

use_fresh_database() { # the site and the CLI share one configuration, as in production
  export ConnectionStrings__Content="Data Source=$WORK/massar.db"
  export Content__SeedPath="$ROOT/seed"
  export Logging__LogLevel__Default=Warning
  export DOTNET_CLI_TELEMETRY_OPTOUT=1
}

start_site() { # starts the published site from $WORK/site; sets SITE_PID
  ( cd "$WORK/site" && exec env ASPNETCORE_URLS="$SITE" ./MassarDalil.Web >>"$WORK/site.log" 2>&1 ) &
  SITE_PID=$!
}

wait_for() { # $1 = url, $2 = seconds: poll every 10 ms until 200; prints elapsed ms
  local start; start="$(now_ms)"
  local deadline=$(( start + $2 * 1000 ))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = "200" ]; then
      echo $(( $(now_ms) - start )); return 0
    fi
    sleep 0.01
  done
  return 1
}

rss_kb() { awk '/^VmRSS/{print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
