#!/bin/sh
# A throw-away PostgreSQL server for tests and benches, sourced:
#   . tests/store/pg_cluster.sh; pg_cluster_start DIR || skip "$PG_WHY"
# installs Debian's postgresql when it is missing (as scripts/setup.sh
# installs packages), makes a cluster in DIR/data with initdb and runs it
# with pg_ctl, listening on a socket in DIR and on a free loopback port.
# As root (CI), initdb and pg_ctl run as the postgres user. Sets PG_BIN,
# PG_DIR, PG_PORT, PG_URI (a format with %s for the database: the postgres
# user over the socket) and PG_TCP (host 127.0.0.1, a password needed:
# the user postgres has the password "palmyra"); PG_WHY says why not when
# it fails. pg_cluster_stop [MODE] stops it; pg_cluster_db NAME makes (or
# makes again) a database. PG_EXTRA adds server settings ("-c name=value ...").

pg_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then
		if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"
		else su postgres -s /bin/sh -c "$(printf "'%s' " "$@")"; fi
	else
		"$@"
	fi
}

pg_find_bin() {
	PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
	[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]
}

pg_cluster_start() {
	PG_DIR=$1
	if ! pg_find_bin; then
		if [ "$(id -u)" -ne 0 ]; then PG_WHY="PostgreSQL is not installed (and installing it needs root)"; return 1; fi
		echo "installing Debian's postgresql for the tests" >&2
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >"$PG_DIR/apt.log" 2>&1
		if ! pg_find_bin; then PG_WHY="PostgreSQL could not be installed ($(tail -n 1 "$PG_DIR/apt.log"))"; return 1; fi
	fi
	if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
		PG_WHY="there is no postgres user to run the server as"; return 1
	fi
	PG_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null)
	PG_PORT=${PG_PORT:-$((20000 + $$ % 20000))}
	[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
	chmod 755 "$PG_DIR"
	echo palmyra > "$PG_DIR/pw"
	[ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR/pw"
	if ! pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
		--auth-local=trust --auth-host=scram-sha-256 --pwfile="$PG_DIR/pw" --no-sync >"$PG_DIR/initdb.log" 2>&1; then
		PG_WHY="initdb failed: $(tail -n 1 "$PG_DIR/initdb.log")"; return 1
	fi
	if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
		-o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=50 ${PG_EXTRA:--c fsync=off}" start >/dev/null 2>&1; then
		PG_WHY="the server did not start: $(tail -n 1 "$PG_DIR/server.log" 2>/dev/null)"; return 1
	fi
	PG_URI="postgresql:///%s?host=$PG_DIR&port=$PG_PORT&user=postgres"
	PG_TCP="postgresql://postgres@127.0.0.1:$PG_PORT"
	return 0
}

pg_psql() {
	PGOPTIONS="-c client_min_messages=warning" \
		"$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres "$@"
}

pg_cluster_db() {
	pg_psql -d postgres -c "DROP DATABASE IF EXISTS \"$1\"" -c "CREATE DATABASE \"$1\"" >/dev/null
}

pg_cluster_stop() {
	[ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ] &&
		pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m "${1:-fast}" -w stop >/dev/null 2>&1
	return 0
}

pg_cluster_restart() {
	pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
		-o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=50 ${PG_EXTRA:--c fsync=off}" start >/dev/null 2>&1
}
