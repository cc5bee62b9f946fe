#!/usr/bin/env bash
# A throwaway PostgreSQL server for the team-project tests and benchmarks.
#
#   tools/pgcluster.sh start [STATE]        install Debian's postgresql if missing, initdb into a new
#                                           temporary folder, start a server on 127.0.0.1 only, on a free
#                                           port; write its variables to STATE and print them
#   tools/pgcluster.sh env [STATE]          print them as `export` lines: eval "$(tools/pgcluster.sh env)"
#   tools/pgcluster.sh stop [STATE]         stop that server and delete its folder
#   tools/pgcluster.sh run COMMAND...       start one, run COMMAND with its variables, stop it at the end
#                                           (also on failure or interrupt); exit with COMMAND's status
#   tools/pgcluster.sh fixture-setup STATE    ctest's fixture: start one unless FACTDESK_TEST_PG is set
#   tools/pgcluster.sh fixture-cleanup STATE  ctest's fixture: stop the one fixture-setup started
#   tools/pgcluster.sh exec STATE COMMAND...  run COMMAND with STATE's variables (unless FACTDESK_TEST_PG is
#                                           already set); what ctest runs for a test that needs the server
#
# STATE defaults to $TMPDIR/factdesk-pgcluster-UID.env. The variables:
#   FACTDESK_TEST_PG           postgresql://factdesk_owner@127.0.0.1:PORT/factdesk_test (owner: schema
#                              changes; CREATEDB and CREATEROLE so a test can make its own database and roles)
#   FACTDESK_TEST_PG_EDITOR    the same database as factdesk_editor: reads and writes every table, no DDL
#   FACTDESK_TEST_PG_READONLY  the same database as factdesk_reader: reads only (pg_read_all_data)
#   PGPASSFILE                 the roles' random passwords, for libpq: never on a command line
#   FACTDESK_TEST_PG_CONTROL   a script taking stop|start|restart: the server goes away and comes back
#                              with its data (start a private server for that: others share this one)
#   FACTDESK_TEST_PGCLUSTER    this script, for a test that wants a private server
#   FACTDESK_TEST_PG_DIR       the temporary folder (data, socket, log: server.log)
# A role a test creates for itself logs in over 127.0.0.1 without a password; the three above need theirs.
#
# Run as root, the server runs as the unprivileged user postgres (created by the package). fsync is off
# (the data is thrown away) unless PGCLUSTER_FSYNC=on, which the benchmarks use for honest figures.
set -euo pipefail
script=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
# shellcheck source=tools/install_missing.sh
source "$(dirname "$script")/install_missing.sh"

default_state() { echo "${TMPDIR:-/tmp}/factdesk-pgcluster-$(id -u).env"; }

fail() {
    echo "pgcluster: $*" >&2
    exit 1
}

postgres_bindir() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && echo "$dir" && return 0
    done
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)" && return 0
    return 1
}

# The unprivileged account the server runs as when we are root (initdb and postgres refuse root).
server_user() {
    if [ "$(id -u)" -ne 0 ]; then
        id -un
    elif id postgres >/dev/null 2>&1; then
        echo postgres
    else
        id factdesk-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin factdesk-pg
        echo factdesk-pg
    fi
}

as_server() { # as_server USER COMMAND...
    local user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$user" -- "$@"
    else
        "$@"
    fi
}

random_password() { head -c 24 /dev/urandom | base64 | tr -d '/+=\n'; }

port_is_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
    local state=$1
    [ ! -f "$state" ] || stop "$state"
    if ! postgres_bindir >/dev/null; then
        command -v dpkg-query >/dev/null 2>&1 || fail "PostgreSQL's initdb is not installed and this is not Debian: install the PostgreSQL server"
        install_missing postgresql
    fi
    local bindir user dir
    bindir=$(postgres_bindir) || fail "PostgreSQL's initdb is not installed: install the package postgresql"
    user=$(server_user)
    dir=$(mktemp -d "${TMPDIR:-/tmp}/factdesk-pg.XXXXXX")
    case "$dir" in *[[:space:]]*) rm -rf "$dir"; fail "the temporary folder $dir has a space in its name: set TMPDIR" ;; esac
    chmod 711 "$dir"
    mkdir -m 700 "$dir/data" "$dir/run"
    [ "$(id -u)" -ne 0 ] || chown "$user:" "$dir/data" "$dir/run"
    touch "$dir/server.log"
    [ "$(id -u)" -ne 0 ] || chown "$user:" "$dir/server.log"

    # Local socket (in $dir/run only) trusts its user for the set-up below; TCP needs the password.
    if ! as_server "$user" "$bindir/initdb" -D "$dir/data" -U factdesk_admin -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1; then
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        fail "initdb failed (above)"
    fi
    # The socket lies in a folder only the server's user (and root) may enter. Over TCP the superuser is
    # refused, the three roles below need their passwords, and roles a test makes for itself
    # (CREATE ROLE … LOGIN, without a password) are let in: 127.0.0.1 only, for the life of the run.
    cat >"$dir/data/pg_hba.conf" <<EOF
local all all trust
host all factdesk_admin 127.0.0.1/32 reject
host all factdesk_owner,factdesk_editor,factdesk_reader 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF
    local fsync=${PGCLUSTER_FSYNC:-off}
    cat >>"$dir/data/postgresql.conf" <<EOF
# tools/pgcluster.sh: a throwaway server for tests
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/run'
fsync = $fsync
full_page_writes = $fsync
synchronous_commit = $fsync
max_connections = 100
log_min_messages = warning
include_if_exists = 'port.conf'
EOF

    local port="" attempt candidate
    for attempt in $(seq 1 20); do
        candidate=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        port_is_taken "$candidate" && continue
        echo "port = $candidate" >"$dir/data/port.conf"
        [ "$(id -u)" -ne 0 ] || chown "$user:" "$dir/data/port.conf"
        if as_server "$user" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null; then
            port=$candidate
            break
        fi
        # Another program took the port between the check and the start: try another one.
        grep -q "could not bind\|Address already in use" "$dir/server.log" || break
    done
    if [ -z "$port" ]; then
        cat "$dir/server.log" >&2
        rm -rf "$dir"
        fail "the server did not start (its log is above)"
    fi

    local owner_password editor_password reader_password
    owner_password=$(random_password)
    editor_password=$(random_password)
    reader_password=$(random_password)
    # Passwords go through standard input, never a command line.
    if ! as_server "$user" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/run" -p "$port" -U factdesk_admin \
        -d postgres >"$dir/roles.log" 2>&1 <<EOF; then
CREATE ROLE factdesk_owner LOGIN CREATEDB CREATEROLE PASSWORD '$owner_password';
CREATE ROLE factdesk_editor LOGIN PASSWORD '$editor_password';
CREATE ROLE factdesk_reader LOGIN PASSWORD '$reader_password';
GRANT pg_read_all_data, pg_write_all_data TO factdesk_editor;
GRANT pg_read_all_data TO factdesk_reader;
CREATE DATABASE factdesk_test OWNER factdesk_owner;
EOF
        cat "$dir/roles.log" >&2
        as_server "$user" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
        fail "creating the test roles failed (above)"
    fi

    mkdir -m 700 "$dir/client"
    (
        umask 077
        for host in 127.0.0.1 localhost; do
            echo "$host:$port:*:factdesk_owner:$owner_password"
            echo "$host:$port:*:factdesk_editor:$editor_password"
            echo "$host:$port:*:factdesk_reader:$reader_password"
        done >"$dir/client/pgpass"
    )
    local runner=""
    [ "$(id -u)" -ne 0 ] || runner="runuser -u $user -- "
    cat >"$dir/client/control" <<EOF
#!/bin/sh
# stop|start|restart the throwaway server of $dir, keeping its data.
exec $runner"$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -m fast "\$@"
EOF
    chmod 755 "$dir/client/control"

    local url="postgresql://factdesk_owner@127.0.0.1:$port/factdesk_test"
    cat >"$state" <<EOF
FACTDESK_TEST_PG=$url
FACTDESK_TEST_PG_EDITOR=postgresql://factdesk_editor@127.0.0.1:$port/factdesk_test
FACTDESK_TEST_PG_READONLY=postgresql://factdesk_reader@127.0.0.1:$port/factdesk_test
PGPASSFILE=$dir/client/pgpass
FACTDESK_TEST_PG_CONTROL=$dir/client/control
FACTDESK_TEST_PGCLUSTER=$script
FACTDESK_TEST_PG_DIR=$dir
PGCLUSTER_BINDIR=$bindir
PGCLUSTER_USER=$user
EOF
    echo "pgcluster: PostgreSQL $("$bindir/postgres" --version | grep -o '[0-9][0-9.]*' | head -1) on 127.0.0.1:$port," \
        "folder $dir, as $user, fsync $fsync; variables in $state" >&2
    cat "$state"
}

stop() {
    local state=$1
    [ -f "$state" ] || fail "no server recorded in $state"
    local FACTDESK_TEST_PG_DIR="" PGCLUSTER_BINDIR="" PGCLUSTER_USER=""
    # shellcheck disable=SC1090
    source "$state"
    if [ -n "$FACTDESK_TEST_PG_DIR" ] && [ -d "$FACTDESK_TEST_PG_DIR/data" ]; then
        as_server "$PGCLUSTER_USER" "$PGCLUSTER_BINDIR/pg_ctl" -D "$FACTDESK_TEST_PG_DIR/data" -m fast -w -t 30 \
            stop >/dev/null 2>&1 ||
            as_server "$PGCLUSTER_USER" "$PGCLUSTER_BINDIR/pg_ctl" -D "$FACTDESK_TEST_PG_DIR/data" -m immediate \
                stop >/dev/null 2>&1 || true
    fi
    case "$FACTDESK_TEST_PG_DIR" in
    */factdesk-pg.*) rm -rf "$FACTDESK_TEST_PG_DIR" ;;
    esac
    rm -f "$state"
}

print_env() {
    local state=$1
    [ -f "$state" ] || fail "no server recorded in $state: tools/pgcluster.sh start first"
    sed 's/^/export /' "$state"
}

case "${1:-}" in
start)
    start "${2:-$(default_state)}"
    ;;
env)
    print_env "${2:-$(default_state)}"
    ;;
stop)
    stop "${2:-$(default_state)}"
    ;;
run)
    shift
    [ $# -gt 0 ] || fail "run needs a command"
    state=$(mktemp "${TMPDIR:-/tmp}/factdesk-pgcluster-run.XXXXXX")
    rm -f "$state"
    trap 'stop "$state" 2>/dev/null || true' EXIT
    trap 'exit 130' INT TERM
    start "$state" >/dev/null
    set -a
    # shellcheck disable=SC1090
    source "$state"
    set +a
    status=0
    "$@" || status=$?
    exit $status
    ;;
fixture-setup)
    [ -n "${2:-}" ] || fail "fixture-setup needs a STATE file"
    if [ -n "${FACTDESK_TEST_PG:-}" ]; then
        rm -f "$2"
        echo "pgcluster: the tests use the server of FACTDESK_TEST_PG ($FACTDESK_TEST_PG)"
    else
        start "$2" >/dev/null
    fi
    ;;
fixture-cleanup)
    [ -n "${2:-}" ] || fail "fixture-cleanup needs a STATE file"
    [ ! -f "$2" ] || stop "$2"
    ;;
exec)
    [ -n "${2:-}" ] && [ $# -ge 3 ] || fail "exec needs a STATE file and a command"
    state=$2
    shift 2
    if [ -z "${FACTDESK_TEST_PG:-}" ] && [ -f "$state" ]; then
        set -a
        # shellcheck disable=SC1090
        source "$state"
        set +a
    fi
    # Without a server the test itself fails and says why (FACTDESK_TEST_PG is not set).
    exec "$@"
    ;;
*)
    echo "usage: $0 start|env|stop [STATE] | run COMMAND... | fixture-setup|fixture-cleanup STATE | exec STATE COMMAND..." >&2
    exit 2
    ;;
esac
