#!/usr/bin/env bash
# Install (idempotent) and run the whole test suite offline: ruff (lint and format), then pytest.
# As root on Debian it also installs the system programs some tests drive (espeak-ng speaks
# a test call, chromium runs the browser test, postgresql backs the store tests); elsewhere
# those tests say why they skip.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --install-only

need=()
command -v espeak-ng >/dev/null || need+=(espeak-ng)
command -v chromium >/dev/null || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing system packages: ${need[*]}"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null
fi
eval "$(.ci/postgres.sh)"
trap '.ci/postgres.sh stop' EXIT

export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m pytest "$@"
