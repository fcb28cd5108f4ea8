#!/usr/bin/env bash
# Debian's Chromium for the app's end-to-end test (tests/e2e): Playwright drives /usr/bin/chromium,
# because its own browser download does not work offline. Idempotent; needs root (apt).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
apt-get update -q && apt-get install -y -q chromium
