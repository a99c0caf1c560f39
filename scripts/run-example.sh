#!/bin/sh
# The main job on the bundled example: installs what is missing, builds, and
# codes data/examples/*.txt with the bundled dictionaries into JSON lines.
set -e
cd "$(dirname "$0")/.."
sh scripts/setup.sh
build/palmyra code data/examples/*.txt
