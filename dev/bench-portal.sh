#!/usr/bin/env bash
# Load benchmark of the public portal (issue 5): a Release build with ITEMS published catalogue items
# (default 100,000) for the demo subdistrict, served by Kestrel on loopback and measured with wrk
# (Debian package `wrk`). Prints one Markdown table row per page, ready for docs/performance.md.
#
# Usage: dev/bench-portal.sh [sqlite|postgres] [cached|uncached]
#   sqlite (default): a fresh SQLite file in a temporary directory, seeded with sqlite3.
#   postgres: a fresh database on GONGKAI_TEST_POSTGRES (default: the local test server that
#             .ci/services.sh starts), migrated with `gongkai db migrate`, seeded with psql.
#   cached (default): the portal as shipped (output cache on). uncached: Portal:OutputCacheSeconds=0,
#             so every request renders the page and queries the database (the worst case: a cache miss).
# The last two rows ask a DIFFERENT search on every request (dev/bench-search.lua: rotating terms,
# categories, years and pages, some beyond the 1,000-result cap), the honest figure for searches that miss
# the output cache: one mix of terms of three characters or more (full text), one of 1–2 characters
# (titles and 文号 only, ADR-010).
# Each mix runs at CONNECTIONS (saturation: every connection always waiting, so p99 is mostly queueing,
# about CONNECTIONS / throughput) and again at MIX_LIGHT connections (default 4, under saturation on these 2
# cores: p99 is then close to a search's own time).
# Environment: ITEMS, DURATION (wrk -d, default 15s), CONNECTIONS (wrk -c, default 32), THREADS (wrk -t,
# default 2), MIX_LIGHT (default 4), PORT, SEARCH_ONLY=1 (only the two search mixes). The machine's core count and load average are printed with the table: on a shared
# machine the figures are only comparable when the load average is low.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
provider=${1:-sqlite}
mode=${2:-cached}
items=${ITEMS:-100000}
port=${PORT:-5187}
duration=${DURATION:-15s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
agency=11410184MB1951606T   # the demo subdistrict (新建路街道办事处)
for tool in wrk curl; do command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install $tool" >&2; exit 1; }; done
work=$(mktemp -d)
echo "building (Release) into $work ..." >&2
dotnet publish src/Gongkai.Web -c Release -o "$work/app" -v q -nologo >/dev/null

case "$provider" in
  sqlite)
    command -v sqlite3 >/dev/null || { echo "sqlite3 is missing: apt-get install sqlite3" >&2; exit 1; }
    export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/gongkai.db"
    text=TEXT
    ;;
  postgres)
    command -v psql >/dev/null || { echo "psql is missing: apt-get install postgresql-client" >&2; exit 1; }
    server=${GONGKAI_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Username=gongkai_test;Password=gongkai_test}
    dbname=gongkai_bench_$$
    pg() { # psql from the Npgsql connection string's host, port, user and password
      local host port user pass
      host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$server"); port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$server")
      user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$server"); pass=$(sed -n 's/.*Password=\([^;]*\).*/\1/p' <<<"$server")
      PGPASSWORD=$pass psql -h "$host" -p "${port:-5432}" -U "$user" -v ON_ERROR_STOP=1 -q "$@"
    }
    pg -d postgres -c "CREATE DATABASE $dbname"
    export Database__Provider=Postgres Database__ConnectionString="$server;Database=$dbname"
    dotnet run --project src/Gongkai.Cli -c Release -v q -- db migrate >&2
    ;;
  *) echo "usage: $0 [sqlite|postgres] [cached|uncached]" >&2; exit 2 ;;
esac
export ASPNETCORE_ENVIRONMENT=Production
if [ "$mode" = uncached ]; then export Portal__OutputCacheSeconds=0; fi
base="http://127.0.0.1:$port"

start() {
  # Run from the publish directory, as a service would: its appsettings.json (log levels) then applies.
  (cd "$work/app" && exec dotnet Gongkai.Web.dll --urls "$base") >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do curl -fsS -o /dev/null "$base/" 2>/dev/null && return; sleep 1; done
  echo "the app did not start; see $work/app.log" >&2; exit 1
}
stop() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; }
cleanup() {
  [ -n "${pid:-}" ] && stop
  if [ "$provider" = postgres ]; then pg -d postgres -c "DROP DATABASE IF EXISTS $dbname" || true; fi
}
trap cleanup EXIT

start   # migrates (SQLite) and seeds the demo agencies
stop
echo "seeding $items published items..." >&2
# One statement for both databases: the numbers come from a recursive CTE, dates are ISO text. The year
# is i % 10, the kind of title (i / 10) % 5, the category (i / 50) % 15 and the topic (i / 750) % 22, so
# that every year holds every kind of title, category and topic, as a real catalogue would (before
# 2026-11-26 they were all i % n, which tied each year to one kind of title and left many category-year
# pairs empty).
seed=$(cat <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $items)
INSERT INTO "CatalogueItems" ("Id", "AgencyId", "IndexNumber", "Title", "IssuingBody", "DocumentNumber", "FormedOn",
  "PublishedOn", "CategoryCode", "TopicCode", "Summary", "Body", "State", "PublishedLate", "Version")
SELECT CAST('00000000-0000-4000-8000-' || substr('000000000000' || i, -12, 12) AS UUIDTYPE),
  (SELECT "Id" FROM "Agencies" WHERE "CreditCode" = '$agency'),
  '$agency/' || (2015 + i % 10) || '-' || substr('000000' || i, -6, 6),  -- six digits: the demo's own items have five
  '关于' || CASE (i / 10) % 5 WHEN 0 THEN '老旧小区改造' WHEN 1 THEN '财政预算公开' WHEN 2 THEN '社会救助标准'
    WHEN 3 THEN '行政许可事项' ELSE '安全生产检查' END || '工作的通知（第' || i || '号）',
  '新郑市新建路街道办事处', '新建办〔' || (2015 + i % 10) || '〕' || i || '号',
  CAST((2015 + i % 10) || '-' || substr('0' || (1 + i % 12), -2, 2) || '-' || substr('0' || (1 + i % 28), -2, 2) AS DATETYPE),
  CAST((2015 + i % 10) || '-' || substr('0' || (1 + i % 12), -2, 2) || '-' || substr('0' || (1 + i % 28), -2, 2) AS DATETYPE),
  'A20-' || substr('0' || (1 + (i / 50) % 15), -2, 2), substr('0' || (1 + (i / 750) % 22), -2, 2),
  '内容概述：第' || i || '号文件。',
  REPEATBODY || '，编号' || i || '。',
  'Published', FALSEVALUE, 0
FROM n;
SQL
)
if [ "$provider" = sqlite ]; then
  seed=${seed//UUIDTYPE/TEXT}; seed=${seed//DATETYPE/TEXT}; seed=${seed//FALSEVALUE/0}
  seed=${seed//REPEATBODY/replace(hex(zeroblob(40)), \'00\', \'政务公开工作\')}
  sqlite3 "$work/gongkai.db" <<<"$seed"
else
  # PostgreSQL's substr has no negative start: right() instead.
  seed=$(sed -E "s/substr\('([0-9]+)' \|\| ([^,]+), -([0-9]+), [0-9]+\)/right('\1' || \2, \3)/g" <<<"$seed")
  seed=${seed//UUIDTYPE/uuid}; seed=${seed//DATETYPE/date}; seed=${seed//FALSEVALUE/false}
  seed=${seed//REPEATBODY/repeat(\'政务公开工作\', 40)}
  pg -d "$dbname" -c "$seed"
  pg -d "$dbname" -c 'VACUUM ANALYZE "CatalogueItems"'
fi
start

q6=$(printf '%s' '老旧小区改造' | od -An -tx1 | tr ' ' '%' | tr -d '\n' | tr 'a-f' 'A-F')
q2=$(printf '%s' '小区' | od -An -tx1 | tr ' ' '%' | tr -d '\n' | tr 'a-f' 'A-F')
deep=$(( (items / 20) / 2 ))
pages=(
  "catalogue page 1|/agencies/$agency/items"
  "catalogue page $deep (deep)|/agencies/$agency/items?page=$deep"
  "one category, page 1|/agencies/$agency/items?category=A20-07"
  "search, 6 characters (trigram)|/agencies/$agency/items?q=$q6"
  "search, 2 characters (substring)|/agencies/$agency/items?q=$q2"
  "agency column page|/agencies/$agency"
)
mixes=(
  "search mix, ≥3 characters, every request distinct|long"
  "search mix, 1–2 characters, every request distinct|short"
)
if [ "${SEARCH_ONLY:-}" = 1 ]; then pages=(); fi
for page in "${pages[@]}"; do   # warm up: JIT tiers, connection pool, caches
  curl -fsS -o /dev/null "$base${page#*|}"
  wrk -t1 -c4 -d2s "$base${page#*|}" >/dev/null
done
items_path=/agencies/$agency/items
for mix in "${mixes[@]}"; do
  wrk -t1 -c4 -d3s -s dev/bench-search.lua "$base" -- "${mix#*|}" "$items_path" >/dev/null
done

echo
echo "portal on $provider ($mode), $items items; wrk -t$threads -c$connections -d$duration; nproc $(nproc); $(uptime | sed 's/.*load/load/'); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "| page | single request (curl) | req/s | p50 | p99 | errors/timeouts |"
echo "|---|---|---|---|---|---|"
row() { # name, single-request text, wrk output
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$3")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$3")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$3")
  errors=$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s ", $0}' <<<"$3")
  printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$2" "$rps" "$p50" "$p99" "${errors:-none}"
}
for page in "${pages[@]}"; do
  path=${page#*|}
  single=$(curl -fsS -o /dev/null -w '%{time_total}' "$base$path")
  row "${page%%|*}" "$(awk -v s="$single" 'BEGIN {printf "%.0f ms", s * 1000}')" \
    "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$base$path")"
done
light=${MIX_LIGHT:-4}
for mix in "${mixes[@]}"; do
  row "${mix%%|*} (-c$connections)" "—" \
    "$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -s dev/bench-search.lua "$base" -- "${mix#*|}" "$items_path")"
  row "${mix%%|*} (-c$light)" "—" \
    "$(wrk -t"$threads" -c"$light" -d"$duration" --latency -s dev/bench-search.lua "$base" -- "${mix#*|}" "$items_path")"
done
