#!/usr/bin/env bash
# The newsroom report of the README, reproduced: starts `serve` over the seed pages on 127.0.0.1
# with a temporary data folder, has five readers send 18 messages through the web chat and vote
# six times, prints the report, exports the failed questions and scores them with `eval --qa`,
# then stops the bot. Needs the jar: mvn -B -q -o -ntp package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
jar=bot/target/newsbot.jar
[ -f "$jar" ] || { echo "no $jar: build it first" >&2; exit 2; }
data=$(mktemp -d "${TMPDIR:-/tmp}/newsbot-demo.XXXXXX")
port=${PORT:-18080}
[ -d data/embeddings ] && cp -r data/embeddings "$data"/   # no re-embedding when cached
export NEWSBOT_LOG_SALT=demo-salt NEWSBOT_HTTP_PORT=$port NEWSBOT_CHAT_RATE_BURST=100
java -jar "$jar" --data "$data" serve > "$data/serve.log" 2>&1 &
bot=$!
trap 'kill $bot 2>/dev/null; wait $bot 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break
  sleep 1
done
PORT=$port python3 - <<'PY'
import json, os, urllib.request
base = "http://127.0.0.1:" + os.environ["PORT"]
def post(path, body):
    req = urllib.request.Request(base + path, data=json.dumps(body).encode("utf-8"),
                                 headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req, timeout=30).read())
readers = [
    ("r1", ["你好", "平湖跨境电商2027年的目标是多少?", "那2030年呢?", "明天平湖天气怎么样"]),
    ("r2", ["平湖明天会下雨吗", "图书馆几点开门", "周一开吗"]),
    ("r3", ["平湖明天天气如何?", "市委书记是谁?", "平湖房价现在多少"]),
    ("r4", ["平湖的房子多少钱一平", "跨境电商有什么补贴", "电瓶车起火怎么办",
            "我的电话13812345678,能帮我查社保吗"]),
    ("r5", ["今天报纸有啥", "平湖有地铁吗", "平湖什么时候通地铁", "人才公寓怎么申请"]),
]
votes = {("r1", 1): True, ("r2", 1): True, ("r3", 1): True, ("r4", 1): True,
         ("r4", 2): False, ("r5", 3): False}
for user, messages in readers:
    for i, text in enumerate(messages):
        r = post("/api/chat", {"text": text, "user": user})
        if (user, i) in votes and r.get("question"):
            post("/api/verdict", {"question": r["question"], "helpful": votes[(user, i)], "user": user})
PY
java -jar "$jar" --data "$data" report --days 7 2>/dev/null
java -jar "$jar" --data "$data" report --export-qa "$data/reader-qa.jsonl" 2>/dev/null
kill $bot; wait $bot 2>/dev/null || true   # eval opens the index the bot held
java -jar "$jar" --data "$data" eval --qa "$data/reader-qa.jsonl" 2>/dev/null | head -3
