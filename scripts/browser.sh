# Makes sure the headless browser the dashboard's browser test drives is installed: Debian's
# chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver). Sourced by ./build
# (before a build that runs the integration tests) and usable alone: `bash scripts/browser.sh`.
# Installs with apt-get when it is missing (as root, or through sudo without a password).
# Set BANKING_SIM_SKIP_BROWSER_INSTALL=1 to leave the machine alone; the browser test then
# fails with the command to run.

BSIM_CHROMIUM="${BSIM_CHROMIUM:-/usr/bin/chromium}"
BSIM_CHROMEDRIVER="${BSIM_CHROMEDRIVER:-/usr/bin/chromedriver}"

bsim_ensure_browser() {
  if [ -x "$BSIM_CHROMIUM" ] && [ -x "$BSIM_CHROMEDRIVER" ]; then
    [ "${BANKING_SIM_QUIET_JDK:-0}" = 1 ] || echo "banking-sim: browser for the dashboard test: $("$BSIM_CHROMIUM" --version 2>/dev/null | head -1) with $BSIM_CHROMEDRIVER" >&2
    return 0
  fi
  if [ "${BANKING_SIM_SKIP_BROWSER_INSTALL:-0}" = 1 ]; then
    echo "banking-sim: no $BSIM_CHROMIUM / $BSIM_CHROMEDRIVER and BANKING_SIM_SKIP_BROWSER_INSTALL=1: the dashboard's browser test will fail." >&2
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      echo "banking-sim: the dashboard's browser test needs Debian's chromium and chromium-driver; install them as root:" >&2
      echo "banking-sim:   apt-get install -y chromium chromium-driver" >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "banking-sim: no apt-get here; install Chromium and its ChromeDriver (same version), then set BSIM_CHROMIUM and BSIM_CHROMEDRIVER to them." >&2
    return 1
  fi
  echo "banking-sim: installing chromium and chromium-driver with apt-get (for the dashboard's browser test)..." >&2
  local log; log=$(mktemp "${TMPDIR:-/tmp}/banking-sim-browser.XXXXXX.log")
  if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q \
         && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium chromium-driver; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "banking-sim: apt-get could not install chromium chromium-driver (full log: $log)" >&2
    return 1
  fi
  rm -f "$log"
  echo "banking-sim: installed $("$BSIM_CHROMIUM" --version 2>/dev/null | head -1)" >&2
}

# Run as a script: install (or confirm) the browser.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  bsim_ensure_browser
fi
