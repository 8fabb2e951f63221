#!/usr/bin/env bash
# Bounded load on the bot's web chat (issue #10): 8 clients for 60 s on 127.0.0.1, then it stops.
# Starts `serve` itself (temporary data folder, chat rate limit raised since all clients share
# 127.0.0.1) unless given --url (and --pid for the RSS) of a running one. Prints questions/s,
# p50/p99, errors by kind, the serve's RSS and whether /healthz stayed 200, then one JSON line.
# Usage: bench/load.sh [--seconds N] [--clients N] [--url URL --pid PID] [--data DIR] [--heap 512m]
#   [--reload-at S] [--java-opt OPT]...
# (run from anywhere after `mvn -B package -DskipTests`; --reload-at sends an admin's /reload
# through a local fake Telegram during the run)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ " $* " != *" --url "* ]] && [ ! -f bot/target/newsbot.jar ]; then
  echo "build first: mvn -B package -DskipTests" >&2
  exit 1
fi
exec python3 bench/load.py "$@"
