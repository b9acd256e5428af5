#!/usr/bin/env bash
# Load benchmark of the public portal (issue 5): a Release build on SQLite with ITEMS published catalogue
# items (default 100,000), served by Kestrel on loopback and measured with wrk (Debian package `wrk`).
# Usage: dev/bench-portal.sh        (prints wrk's summaries; figures go to docs/performance.md by hand)
set -euo pipefail
cd "$(dirname "$0")/.."
items=${ITEMS:-100000}
port=${PORT:-5187}
duration=${DURATION:-20s}
agency=11410184MB1951606T   # the demo subdistrict (新建路街道办事处)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
work=$(mktemp -d)
dotnet publish src/Gongkai.Web -c Release -o "$work/app" -v q -nologo >/dev/null
export Database__Provider=Sqlite Database__ConnectionString="Data Source=$work/gongkai.db" ASPNETCORE_ENVIRONMENT=Production
base="http://127.0.0.1:$port"

start() {
  dotnet "$work/app/Gongkai.Web.dll" --urls "$base" >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 60); do curl -fsS -o /dev/null "$base/" && return; sleep 1; done
  echo "the app did not start; see $work/app.log" >&2; exit 1
}
trap '[ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; true' EXIT

start   # migrates and seeds the demo agencies
kill "$pid"; wait "$pid" 2>/dev/null || true
echo "seeding $items published items..."
sqlite3 "$work/gongkai.db" <<SQL
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $items)
INSERT INTO "CatalogueItems" ("Id", "AgencyId", "IndexNumber", "Title", "IssuingBody", "DocumentNumber", "FormedOn",
  "PublishedOn", "CategoryCode", "TopicCode", "Summary", "Body", "State", "PublishedLate", "Version")
SELECT printf('00000000-0000-4000-8000-%012d', i),
  (SELECT "Id" FROM "Agencies" WHERE "CreditCode" = '$agency'),
  printf('$agency/%d-%05d', 2015 + i % 10, i),
  '关于' || CASE i % 5 WHEN 0 THEN '老旧小区改造' WHEN 1 THEN '财政预算公开' WHEN 2 THEN '社会救助标准'
    WHEN 3 THEN '行政许可事项' ELSE '安全生产检查' END || '工作的通知（第' || i || '号）',
  '新郑市新建路街道办事处', printf('新建办〔%d〕%d号', 2015 + i % 10, i),
  printf('%d-%02d-%02d', 2015 + i % 10, 1 + i % 12, 1 + i % 28),
  printf('%d-%02d-%02d', 2015 + i % 10, 1 + i % 12, 1 + i % 28),
  printf('A20-%02d', 1 + i % 15), printf('%02d', 1 + i % 22),
  '内容概述：第' || i || '号文件。',
  replace(hex(zeroblob(40)), '00', '政务公开工作') || '，编号' || i || '。',
  'Published', 0, 0
FROM n;
SQL
start
run() {
  echo "== $1"
  wrk -t2 -c32 -d"$duration" --latency "$base$2" | grep -E 'Requests/sec|Latency|99%|Non-2xx'
}
run "catalogue page (first page, $items items)" "/agencies/$agency/items"
run "catalogue page, one category" "/agencies/$agency/items?category=A20-07"
run "search, 6 characters (trigram index)" "/agencies/$agency/items?q=%E8%80%81%E6%97%A7%E5%B0%8F%E5%8C%BA%E6%94%B9%E9%80%A0"
run "search, 2 characters (substring scan)" "/agencies/$agency/items?q=%E5%B0%8F%E5%8C%BA"
