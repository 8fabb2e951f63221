#!/usr/bin/env python3
"""Bounded HTTP load on a newsbot `serve` (issue #10, item 4). 127.0.0.1 only; stops by itself.

Drives POST /api/chat from N concurrent clients for a bounded time with a mix of questions (a QA
file), commands (/help, /digest, /issues) and junk (empty text, 1,200 characters, emoji only, a
body that is not JSON), polls /healthz every 200 ms, and prints questions/s, p50/p99, errors by
kind, the serve process's RSS and whether /healthz stayed 200. Python 3 standard library only.

Either it is given a running serve (--url, and --pid for its RSS), or it starts one itself
(--jar) on a free 127.0.0.1 port with a temporary data folder (or --data), the web chat's
per-address rate limit raised (NEWSBOT_CHAT_RATE_BURST), since every client here shares one
address, and stops it at the end. Timings are printed, never asserted.
"""
import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ beside the script
from fake_telegram import FakeTelegram  # noqa: E402

ADMIN = 4242
TOKEN = "123456:load-test-token"

COMMANDS = ["/help", "/digest", "/issues", "/digest latest"]
JUNK = {
    "empty": json.dumps({"text": ""}),
    "long": json.dumps({"text": "平湖" * 600}),
    "emoji": json.dumps({"text": "😀🎉🔥👍"}),
    "not_json": "this is {not json",
}
# what a junk request must get: a reply (200) or a clear refusal (400), never a 5xx
JUNK_OK = {"empty": {200, 400}, "long": {200, 400}, "emoji": {200, 400}, "not_json": {400}}
RATE_LIMITED = "消息太频繁"


def percentile(sorted_ms, p):
    if not sorted_ms:
        return None
    i = max(0, min(len(sorted_ms) - 1, int(-(-p * len(sorted_ms) // 100)) - 1))
    return round(sorted_ms[i], 1)


def post(url, body, timeout):
    req = urllib.request.Request(url + "/api/chat", data=body.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/json; charset=utf-8"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latency = {"question": [], "command": [], "junk": []}
        self.errors = {}
        self.requests = 0

    def record(self, kind, ms, error=None):
        with self.lock:
            self.requests += 1
            if error:
                self.errors[error] = self.errors.get(error, 0) + 1
            else:
                self.latency[kind].append(ms)


def client(n, url, questions, deadline, stats, timeout):
    rnd = random.Random(n)
    user = "load-%d" % n
    while time.monotonic() < deadline:
        r = rnd.random()
        if r < 0.7:
            kind, label, body = "question", "question", json.dumps(
                {"text": rnd.choice(questions), "user": user}, ensure_ascii=False)
        elif r < 0.85:
            kind, label, body = "command", "command", json.dumps(
                {"text": rnd.choice(COMMANDS), "user": user})
        else:
            kind = "junk"
            label = rnd.choice(sorted(JUNK))
            body = JUNK[label]
        t0 = time.monotonic()
        try:
            status, text = post(url, body, timeout)
        except (OSError, urllib.error.URLError) as e:
            stats.record(kind, 0, "%s:%s" % (label, type(e).__name__))
            continue
        ms = (time.monotonic() - t0) * 1000
        expected = JUNK_OK[label] if kind == "junk" else {200}
        if status not in expected:
            stats.record(kind, ms, "%s:http_%d" % (label, status))
        elif RATE_LIMITED in text:
            stats.record(kind, ms, "%s:rate_limited" % label)
        else:
            stats.record(kind, ms)


def rss_mb(pid, field):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) // 1024
    except OSError:
        return None
    return None


def health_poller(url, stop, health):
    while not stop.is_set():
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=5) as r:
                status = r.status
        except urllib.error.HTTPError as e:
            status = e.code
        except OSError:
            status = "unreachable"
        health["polls"] += 1
        if status != 200:
            health["not_ok"][str(status)] = health["not_ok"].get(str(status), 0) + 1
        stop.wait(0.2)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(args, telegram):
    data = args.data or tempfile.mkdtemp(prefix="newsbot-load-")
    port = free_port()
    env = dict(os.environ, NEWSBOT_HTTP_HOST="127.0.0.1", NEWSBOT_HTTP_PORT=str(port),
               NEWSBOT_CHAT_RATE_BURST="1000000", NEWSBOT_CHAT_RATE_REFILL_SECONDS="1")
    env.pop("NEWSBOT_TELEGRAM_TOKEN", None)
    cmd = ["nice", "java", "-Xmx%s" % args.heap] + args.java_opt + ["-jar", args.jar, "--data", data]
    if telegram:
        # a reload is an admin's command: Telegram, pointed at the local fake, with its own admin;
        # the pages the reload adds go into a copy of the seeds folder
        seeds = os.path.join(data, "load-seeds")
        shutil.copytree("seeds", seeds, dirs_exist_ok=True)
        cmd += ["--seeds", seeds]
        env.update(NEWSBOT_TELEGRAM_TOKEN=TOKEN, NEWSBOT_TELEGRAM_API_URL=telegram.url,
                   NEWSBOT_TELEGRAM_ADMINS=str(ADMIN), NEWSBOT_TELEGRAM_POLL_SECONDS="1")
    cmd.append("serve")
    log = open(os.path.join(tempfile.gettempdir(), "newsbot-load-serve.log"), "w")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = "http://127.0.0.1:%d" % port
    print("started serve (pid %d) on %s, data %s, log %s; chat rate limit raised"
          " (NEWSBOT_CHAT_RATE_BURST=1000000): all clients share 127.0.0.1"
          % (proc.pid, url, data, log.name), file=sys.stderr)
    return proc, url, data if not args.data else None


def wait_ready(url, proc, limit):
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit:
        if proc and proc.poll() is not None:
            raise SystemExit("serve exited with %d before it was ready" % proc.returncode)
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=5) as r:
                if r.status == 200:
                    return time.monotonic() - t0
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.5)
    raise SystemExit("serve not ready after %d s" % limit)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="a running serve, e.g. http://127.0.0.1:8080 (else one is started)")
    ap.add_argument("--pid", type=int, help="the running serve's pid, for its RSS")
    ap.add_argument("--jar", default="bot/target/newsbot.jar")
    ap.add_argument("--data", help="data folder for the serve started here (default: a new temp one)")
    ap.add_argument("--heap", default="512m", help="-Xmx of the serve started here")
    ap.add_argument("--java-opt", action="append", default=[],
                    help="another JVM option for the serve started here (repeatable), e.g."
                         " -XX:StartFlightRecording=filename=/tmp/load.jfr,settings=profile")
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--qa", default="eval/qa-dev.jsonl")
    ap.add_argument("--timeout", type=float, default=10, help="per request, seconds")
    ap.add_argument("--ready-limit", type=float, default=240)
    ap.add_argument("--reload-at", type=float,
                    help="seconds into the run: add the eval/pages files to (a copy of) the seeds"
                         " and send an admin's /reload through a local fake Telegram (only for a"
                         " serve started here)")
    args = ap.parse_args()
    if args.reload_at is not None and args.url:
        raise SystemExit("--reload-at needs the serve started here (its admin is a local fake"
                         " Telegram user)")
    if args.url and not args.url.startswith(("http://127.0.0.1", "http://localhost")):
        raise SystemExit("--url must be on 127.0.0.1 (this is a load generator)")
    questions = [json.loads(l)["question"] for l in open(args.qa, encoding="utf-8") if l.strip()]

    proc, temp_data = None, None
    telegram = FakeTelegram(TOKEN) if args.reload_at is not None else None
    if args.url:
        url, pid = args.url.rstrip("/"), args.pid
    else:
        proc, url, temp_data = start_serve(args, telegram)
        pid = proc.pid
    try:
        ready = wait_ready(url, proc, args.ready_limit)
        stats, health, stop = Stats(), {"polls": 0, "not_ok": {}}, threading.Event()
        poller = threading.Thread(target=health_poller, args=(url, stop, health), daemon=True)
        poller.start()
        t0 = time.monotonic()
        deadline = t0 + args.seconds
        threads = [threading.Thread(target=client, args=(n, url, questions, deadline, stats,
                                                         args.timeout)) for n in range(args.clients)]
        reload = {}
        if telegram:
            threads.append(threading.Thread(target=reloader, args=(
                telegram, t0 + args.reload_at, deadline, reload, temp_data or args.data)))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - t0
        stop.set()
        poller.join()
        report(args, url, ready, elapsed, stats, health, pid, reload)
    finally:
        if telegram:
            telegram.close()
        if proc:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        if temp_data:
            shutil.rmtree(temp_data, ignore_errors=True)


def reloader(telegram, at, deadline, out, data):
    """At `at`: new pages into the seeds copy, then the admin's /reload; waits for its report."""
    time.sleep(max(0, at - time.monotonic()))
    seeds = os.path.join(data, "load-seeds")
    added = sorted(f for f in os.listdir("eval/pages") if f.endswith(".txt"))
    for f in added:
        shutil.copy(os.path.join("eval/pages", f), seeds)
    t0 = time.monotonic()
    telegram.send_command(ADMIN, "/reload")
    got = telegram.wait_for_reply(ADMIN, t0, "重新载入", max(60, deadline - t0 + 60))
    out["pages_added"] = len(added)
    out["reply_seconds"] = round(got[0] - t0, 1) if got else None
    out["reply"] = got[1].split("\n")[0] if got else "no reply"
    out["finished_before_end"] = bool(got) and got[0] <= deadline


def report(args, url, ready, elapsed, stats, health, pid, reload):
    q = sorted(stats.latency["question"])
    everything = sorted(stats.latency["question"] + stats.latency["command"] + stats.latency["junk"])
    out = {
        "url": url, "clients": args.clients, "seconds": round(elapsed, 1),
        "ready_after_seconds": round(ready, 1),
        "requests": stats.requests,
        "questions": len(q), "questions_per_second": round(len(q) / elapsed, 1),
        "requests_per_second": round(stats.requests / elapsed, 1),
        "question_p50_ms": percentile(q, 50), "question_p99_ms": percentile(q, 99),
        "all_p50_ms": percentile(everything, 50), "all_p99_ms": percentile(everything, 99),
        "commands": len(stats.latency["command"]), "junk": len(stats.latency["junk"]),
        "errors": sum(stats.errors.values()), "errors_by_kind": stats.errors,
        "healthz_polls": health["polls"], "healthz_not_200": health["not_ok"],
        "healthz_stayed_200": not health["not_ok"],
        "serve_rss_mb": rss_mb(pid, "VmRSS") if pid else None,
        "serve_peak_rss_mb": rss_mb(pid, "VmHWM") if pid else None,
        "reload": reload or None,
    }
    for k in ("questions_per_second", "question_p50_ms", "question_p99_ms", "errors",
              "healthz_stayed_200", "serve_rss_mb", "serve_peak_rss_mb", "reload"):
        print("%-22s %s" % (k, out[k]))
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
