#!/usr/bin/env bash
# Install (idempotent) and run the whole test suite offline.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh --install-only
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"
