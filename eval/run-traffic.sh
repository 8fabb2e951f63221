#!/usr/bin/env bash
# Score the bot on chat traffic over the seed pages plus the pages written for evaluation
# (eval/pages/): assembles a temporary seeds folder, runs ../shared/eval/check_traffic.py on it.
#   bash eval/run-traffic.sh                 # eval/traffic-own.jsonl
#   bash eval/run-traffic.sh FILE.jsonl      # another traffic file, same pages
#   bash eval/run-traffic.sh --qa [FILE]     # `eval` retrieval/answer metrics on eval/qa-chat-dev.jsonl
# Needs the jar: nice mvn -B -q -o -ntp package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bot/target/newsbot.jar
[ -f "$jar" ] || { echo "no $jar: build it first (mvn -B -q -o -ntp package -DskipTests)" >&2; exit 2; }
seeds=$(mktemp -d "${TMPDIR:-/tmp}/newsbot-eval-seeds.XXXXXX")
data=$(mktemp -d "${TMPDIR:-/tmp}/newsbot-eval-data.XXXXXX")
trap 'rm -rf "$seeds" "$data"' EXIT
cp seeds/* "$seeds"/
cp eval/pages/*.txt "$seeds"/
if [ "${1:-}" = "--qa" ]; then
  java -jar "$jar" --seeds "$seeds" --data "$data" eval --qa "${2:-eval/qa-chat-dev.jsonl}" --details
else
  python3 ../shared/eval/check_traffic.py --seeds "$seeds" --details "${1:-eval/traffic-own.jsonl}"
fi
