#!/usr/bin/env bash
# Start a throwaway local PostgreSQL for the store tests and print the line to export its URL:
#
#     eval "$(.ci/postgres.sh)"        # sets CALLNOTES_TEST_PG_URL; tests/test_store*.py use it
#
# Installs Debian's `postgresql` package if missing (needs root + apt), runs the server as the
# `postgres` system user on a Unix socket in a temp dir (no TCP port, nothing reachable from
# outside), and stops it when `.ci/postgres.sh stop` is run or the machine goes away.
# If PostgreSQL cannot be installed or started it says why on stderr and prints nothing, so the
# PostgreSQL cases skip instead of failing the whole run.
set -uo pipefail

STATE_DIR=${CALLNOTES_PG_DIR:-/tmp/callnotes-pg}
PORT=${CALLNOTES_PG_PORT:-54329}
warn() { echo "postgres.sh: $*" >&2; }

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && echo "$dir"
}

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = "stop" ]; then
    BIN=$(pg_bin) && as_pg "$BIN/pg_ctl" -D "$STATE_DIR/data" -m fast stop >/dev/null 2>&1
    exit 0
fi

BIN=$(pg_bin)
if [ -z "$BIN" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        warn "installing postgresql with apt-get"
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2 \
            || { warn "could not install postgresql; PostgreSQL tests will skip"; exit 0; }
        BIN=$(pg_bin)
    fi
    [ -n "$BIN" ] || { warn "no PostgreSQL server binaries; PostgreSQL tests will skip"; exit 0; }
fi

mkdir -p "$STATE_DIR"
if [ "$(id -u)" = 0 ]; then chown postgres: "$STATE_DIR"; fi
if [ ! -f "$STATE_DIR/data/PG_VERSION" ]; then
    as_pg "$BIN/initdb" -D "$STATE_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null \
        || { warn "initdb failed; PostgreSQL tests will skip"; exit 0; }
fi
if ! as_pg "$BIN/pg_ctl" -D "$STATE_DIR/data" status >/dev/null 2>&1; then
    as_pg "$BIN/pg_ctl" -D "$STATE_DIR/data" -l "$STATE_DIR/server.log" -w -t 60 \
        -o "-k $STATE_DIR -p $PORT -c listen_addresses=''" start >/dev/null \
        || { warn "server did not start (see $STATE_DIR/server.log); PostgreSQL tests will skip"; exit 0; }
fi
as_pg "$BIN/psql" -h "$STATE_DIR" -p "$PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='callnotes_test'" | grep -q 1 \
    || as_pg "$BIN/createdb" -h "$STATE_DIR" -p "$PORT" -U postgres callnotes_test \
    || { warn "could not create the test database; PostgreSQL tests will skip"; exit 0; }

echo "export CALLNOTES_TEST_PG_URL='postgresql+psycopg://postgres@/callnotes_test?host=$STATE_DIR&port=$PORT'"
