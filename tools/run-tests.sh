#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs, builds and runs the whole test suite, including the PostgreSQL tests against a
# throwaway PostgreSQL 15 cluster on 127.0.0.1 and a private port, started and stopped here.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh ci

PGBIN=/usr/lib/postgresql/15/bin
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
pgdir=$(mktemp -d /tmp/gongwen-pg.XXXXXX)
chmod 755 "$pgdir"
$SUDO chown postgres:postgres "$pgdir"
as_postgres() { $SUDO runuser -u postgres -- "$@"; }

stop_pg() {
  as_postgres "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true
  $SUDO rm -rf "$pgdir"
}
trap stop_pg EXIT

port=55432
while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
as_postgres "$PGBIN/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --no-locale >"$pgdir/initdb.log"
as_postgres "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off" start >/dev/null
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') running on 127.0.0.1:$port for the tests."
export GONGWEN_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
export QT_QPA_PLATFORM=offscreen

ctest --test-dir build/ci --output-on-failure -j2 --timeout 900 "$@"
