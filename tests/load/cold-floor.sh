#!/usr/bin/env bash
# tests/load/cold-floor.sh — the site's cold start beside what the framework alone costs on this machine.
#
# Publishes the site and two stand-ins written here into a temp folder, the same way (Release, ReadyToRun,
# workstation collector): a Razor Pages app with one page, and the same app reading a row through EF Core SQLite at
# start and on its page. Each is started STARTS times on an existing database, the three alternating so a machine
# that slows down favours none: process start to the first 200 on /ar/faq (wall clock), and the process's CPU,
# read with the process stopped (SIGSTOP) the moment curl has the 200.
#
# usage: tests/load/cold-floor.sh          (about 4 minutes; run it when the machine is quiet)
#   STARTS=6 PORT=5185 tests/load/cold-floor.sh
# Last line of stdout: one JSON object, {site|razor_pages|razor_pages_ef: {wall_ms:{median,min,max}, cpu_ms:{median}}}.
# Exit 0 when measured, 1 when something could not be, 2 on bad usage. Loopback only; stops what it starts.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STARTS="${STARTS:-6}"; PORT="${PORT:-5185}"
[[ "$STARTS" =~ ^[0-9]+$ && "$PORT" =~ ^[0-9]+$ ]] && [ "$STARTS" -ge 1 ] && [ "$STARTS" -le 20 ] || { echo "bounds: 1<=STARTS<=20, PORT a number" >&2; exit 2; }
for tool in jq curl dotnet; do command -v "$tool" >/dev/null || { echo "$tool missing" >&2; exit 1; }; done
WORK="$(mktemp -d /tmp/massar-floor.XXXXXX)"
SITE="http://127.0.0.1:$PORT"; SITE_PID=""
# shellcheck source=tests/load/lib.sh
source "$ROOT/tests/load/lib.sh"
cleanup() { stop "$SITE_PID"; rm -rf "$WORK"; }
trap cleanup EXIT

# --- the stand-ins: what every ASP.NET Core site with Razor Pages (and EF Core) pays before its first page --------
EF_VERSION="$(grep -o 'Include="Microsoft.EntityFrameworkCore.Sqlite" Version="[^"]*"' "$ROOT/Directory.Packages.props" | sed 's/.*Version="//; s/"//')"
write_standin() { # $1 = folder, $2 = "ef" to read through EF Core
  mkdir -p "$1/Pages"
  local package="" using="" services="" create="" model="" load="for (var i = 0; i < 34; i++) { Items.Add(\"سؤال \" + i); }"
  if [ "$2" = ef ]; then
    package="<ItemGroup><PackageReference Include=\"Microsoft.EntityFrameworkCore.Sqlite\" Version=\"$EF_VERSION\" /></ItemGroup>"
    using="using Microsoft.EntityFrameworkCore;"
    services="builder.Services.AddDbContext<Db>(o => o.UseSqlite(\"Data Source=\" + Environment.GetEnvironmentVariable(\"FLOOR_DB\")));"
    create="using (var scope = app.Services.CreateScope()) { scope.ServiceProvider.GetRequiredService<Db>().Database.EnsureCreated(); }"
    model="public class Db(DbContextOptions<Db> o) : DbContext(o) { public DbSet<Item> Items => Set<Item>(); }
public class Item { public int Id { get; set; } public string Text { get; set; } = \"\"; }"
    load="Items.AddRange(await db.Items.Select(i => i.Text).ToListAsync()); $load"
  fi
  cat >"$1/standin.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings>
    <ServerGarbageCollection>false</ServerGarbageCollection><PublishReadyToRun>true</PublishReadyToRun>
    <RuntimeIdentifier>\$(NETCoreSdkPortableRuntimeIdentifier)</RuntimeIdentifier><SelfContained>false</SelfContained>
  </PropertyGroup>
  $package
</Project>
XML
  cat >"$1/Program.cs" <<CS
$using
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();
$services
var app = builder.Build();
$create
app.MapRazorPages();
app.Run();
$model
CS
  cat >"$1/Pages/Index.cshtml" <<'CSHTML'
@page "/ar/faq"
@model IndexModel
<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>floor</title></head><body>@foreach (var q in Model.Items) { <details><summary>@q</summary><p>@q</p></details> }</body></html>
CSHTML
  local ctor="" ; [ "$2" = ef ] && ctor="(Db db)"
  cat >"$1/Pages/Index.cshtml.cs" <<CS
using Microsoft.AspNetCore.Mvc.RazorPages;
$using
public class IndexModel$ctor : PageModel
{
    public List<string> Items { get; } = new();
    public async Task OnGetAsync() { await Task.CompletedTask; $load }
}
CS
}

log "publishing the site and the two stand-ins"
publish_release "$ROOT/src/MassarDalil.Web" "$WORK/site"
write_standin "$WORK/src/razor_pages" plain; write_standin "$WORK/src/razor_pages_ef" ef
publish_release "$WORK/src/razor_pages" "$WORK/razor_pages"
publish_release "$WORK/src/razor_pages_ef" "$WORK/razor_pages_ef"

# --- the existing databases: each program's first start makes its own, then every timed start copies it ----------
start() { # $1 = name, $2 = its database file: starts it; sets SITE_PID
  local exe="standin"; [ "$1" = site ] && exe="MassarDalil.Web"
  ( cd "$WORK/$1" && exec env ASPNETCORE_URLS="$SITE" FLOOR_DB="$2" ConnectionStrings__Content="Data Source=$2" \
      Content__SeedPath="$ROOT/seed" Logging__LogLevel__Default=Warning "./$exe" >>"$WORK/$1.log" 2>&1 ) &
  SITE_PID=$!
}
for name in site razor_pages razor_pages_ef; do
  start "$name" "$WORK/$name.db"
  wait_for "$SITE/ar/faq" 60 >/dev/null || { log "$name did not start:"; cat "$WORK/$name.log" >&2; exit 1; }
  stop "$SITE_PID"; SITE_PID=""
  [ -f "$WORK/$name.db" ] || : >"$WORK/$name.db" # the app with no database made none
done

# --- the starts -------------------------------------------------------------------------------------------------
RESULTS="{}"
for round in $(seq 1 "$STARTS"); do
  for name in site razor_pages razor_pages_ef; do
    cp "$WORK/$name.db" "$WORK/run.db"; rm -f "$WORK/run.db-wal" "$WORK/run.db-shm" "$WORK/run.db.lock"
    begin="$(now_ms)"; start "$name" "$WORK/run.db"
    wait_for "$SITE/ar/faq" 30 >/dev/null || { log "$name: no first page"; exit 1; }
    kill -STOP "$SITE_PID"; wall=$(( $(now_ms) - begin ))
    cpu=$(( $(awk '{print $14 + $15}' "/proc/$SITE_PID/stat") * 1000 / $(getconf CLK_TCK) ))
    kill -CONT "$SITE_PID"; stop "$SITE_PID"; SITE_PID=""
    log "round $round: $name wall $wall ms, cpu $cpu ms"
    RESULTS="$(jq -c --arg n "$name" --argjson w "$wall" --argjson c "$cpu" '.[$n].wall += [$w] | .[$n].cpu += [$c]' <<<"$RESULTS")"
  done
done

jq -c 'def med: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  map_values({wall_ms: {median: (.wall | med), min: (.wall | min), max: (.wall | max)}, cpu_ms: {median: (.cpu | med)}})' <<<"$RESULTS"
