# Sourced by .ci/run: installs and starts what the test suites need. Idempotent, so it can also be
# run by hand (as root) on a developer machine: `bash .ci/services.sh`.

# Debian packages the tests need:
# - fonts-arphic-gbsn00lp: a TrueType Chinese font, to generate PDFs with a text layer in the PDF reader tests.
# - chromium, fonts-noto-cjk: Debian's headless Chromium (driven by Microsoft.Playwright, which never downloads
#   a browser) for the portal's browser and accessibility tests, with CJK fonts so that Chinese renders.
ci_packages=(fonts-arphic-gbsn00lp chromium fonts-noto-cjk)
ci_missing=()
for ci_package in "${ci_packages[@]}"; do
  dpkg -s "$ci_package" >/dev/null 2>&1 || ci_missing+=("$ci_package")
done
if [ "${#ci_missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${ci_missing[@]}"
  else
    echo "services.sh: apt-get not found; install ${ci_missing[*]} by hand" >&2
  fi
fi
unset ci_packages ci_missing ci_package

# --- PostgreSQL for the Application and Web integration tests ----------------------------------
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$pg_version main"; then
  pg_createcluster "$pg_version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$pg_version" main start
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
  su postgres -c "psql -p $pg_port -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
# A role that may create and drop one database per test; the password is for loopback only.
su postgres -c "psql -p $pg_port -qAtc \"select 1 from pg_roles where rolname = 'gongkai_test'\"" | grep -q 1 ||
  su postgres -c "psql -p $pg_port -qc \"create role gongkai_test login createdb password 'gongkai_test'\"" >/dev/null
export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=gongkai_test;Password=gongkai_test"
echo "PostgreSQL $pg_version is running; GONGKAI_TEST_POSTGRES is set."
unset pg_version pg_port
true
