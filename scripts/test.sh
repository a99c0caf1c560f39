#!/bin/sh
# Installs what is missing, builds, and runs every test. Last line: "N passed, N failed".
set -e
cd "$(dirname "$0")/.."
sh scripts/setup.sh
make -s test
