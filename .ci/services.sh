# Sourced by .ci/run: installs and starts what the test suites need. Idempotent, so it can also be
# run by hand (as root) on a developer machine: `bash .ci/services.sh`.
true
