#!/usr/bin/env bash
# Runs the Playwright Test peer of unbind's benchmark (bench/playwright)
# against a running `unbind serve`, in the Chromium headless shell unbind
# uses. @playwright/test is installed with `npm ci` from package-lock.json
# into bench/playwright/node_modules on first use, without the browser
# builds Playwright would download (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1): the
# peer runs Debian's headless shell, as unbind does.
#
# Usage: scripts/bench-playwright.sh [playwright test arguments]
# with, in the environment (`go run ./bench -peer` sets them):
#   UNBIND_SIM_ADDR     the loopback address unbind serve listens on
#   UNBIND_ADMIN_TOKEN  its admin token
#   UNBIND_HOST_RULES   the --host-resolver-rules it printed
#   UNBIND_CHROME       the headless shell (default: Debian's)
# Exit status: Playwright's; 2 when node or npm is missing or npm ci fails.
set -uo pipefail

here=$(cd "$(dirname "$0")/../bench/playwright" && pwd)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export UNBIND_CHROME=${UNBIND_CHROME:-/usr/lib/chromium/chromium-headless-shell}

for tool in node npm; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench-playwright: $tool is missing: install Node.js 20 (sudo apt-get install nodejs npm)" >&2; exit 2; }
done
if ! [ -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "bench-playwright: installing @playwright/test (npm ci) into $here/node_modules" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2) || { echo "bench-playwright: npm ci failed" >&2; exit 2; }
fi
cd "$here" && exec "$here/node_modules/.bin/playwright" test "$@"
