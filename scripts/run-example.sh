#!/bin/sh
# The main job on the bundled example: installs what is missing, builds, and
# codes data/examples/*.txt with the bundled dictionaries into JSON lines.
# Stdout carries the events only: whatever setting up prints (apt, npm's
# "added 5 packages", make) goes to stderr, so the output can be piped.
set -e
cd "$(dirname "$0")/.."
sh scripts/setup.sh >&2
build/palmyra code data/examples/*.txt
