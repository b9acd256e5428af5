# Sourced by .ci/run: installs and starts what the test suites need. Idempotent, so it can also be
# run by hand (as root) on a developer machine: `bash .ci/services.sh`.

# Debian packages the tests need:
# - fonts-arphic-gbsn00lp: a TrueType Chinese font, to generate PDFs with a text layer in the PDF reader tests.
ci_packages=(fonts-arphic-gbsn00lp)
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
true
