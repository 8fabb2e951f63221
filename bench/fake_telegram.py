"""A minimal local Telegram Bot API for bench/load.py: how the load run sends an admin's /reload.

A reload is an admin command (Telegram or WeCom); the web chat has no admins. So the load run
starts serve with Telegram pointed at this server on 127.0.0.1 (telegram.api-url), an admin id of
its own, and delivers /reload as that admin's private message. It answers what telegrambots calls
at start and while polling (deleteWebhook, setMyCommands, getMe, getUpdates by offset with a short
long-poll, sendMessage) and records what the bot sent. Standard library only; never leaves
127.0.0.1.
"""
import json
import re
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOT = {"id": 777000, "is_bot": True, "first_name": "newsbot", "username": "newsbot_load_bot"}


class FakeTelegram:
    def __init__(self, token):
        self.token = token
        self.updates = []
        self.sent = []  # (monotonic time, chat id, text without markup)
        self.cond = threading.Condition()
        self.next_update = 1
        self.next_message = 1
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                fake.handle(self)

            def do_POST(self):
                fake.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = "http://127.0.0.1:%d" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()

    def send_command(self, user_id, text):
        """Queues a private message from user_id, as Telegram would deliver it to the bot."""
        with self.cond:
            command = text.split()[0]
            message = {"message_id": self.next_message, "date": int(time.time()),
                       "chat": {"id": user_id, "type": "private", "first_name": "管理员"},
                       "from": {"id": user_id, "is_bot": False, "first_name": "管理员"},
                       "text": text,
                       "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}]}
            self.next_message += 1
            self.updates.append({"update_id": self.next_update, "message": message})
            self.next_update += 1
            self.cond.notify_all()

    def wait_for_reply(self, chat_id, since, contains, limit):
        """The first text sent to chat_id after `since` holding `contains`, or None."""
        deadline = time.monotonic() + limit
        with self.cond:
            while True:
                for at, chat, text in self.sent:
                    if chat == chat_id and at >= since and contains in text:
                        return at, text
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self.cond.wait(left)

    def handle(self, req):
        path = urllib.parse.urlparse(req.path)
        prefix = "/bot%s/" % self.token
        if not path.path.startswith(prefix):
            return self.reply(req, 404, {"ok": False, "error_code": 404, "description": "Not Found"})
        method = path.path[len(prefix):].lower()
        params = self.params(req, path.query)
        if method == "getupdates":
            result = self.poll(int(params.get("offset", 0) or 0), float(params.get("timeout", 0) or 0))
        elif method == "getme":
            result = BOT
        elif method == "sendmessage":
            result = self.sent_message(params)
        else:  # deleteWebhook, setMyCommands, answerCallbackQuery, …
            result = True
        self.reply(req, 200, {"ok": True, "result": result})

    def poll(self, offset, timeout):
        deadline = time.monotonic() + min(timeout, 1.0)
        with self.cond:
            while True:
                found = [u for u in self.updates if u["update_id"] >= offset]
                left = deadline - time.monotonic()
                if found or left <= 0:
                    return found
                self.cond.wait(left)

    def sent_message(self, params):
        chat_id = int(params.get("chat_id", 0))
        text = re.sub(r"<[^>]+>", "", str(params.get("text", "")))
        with self.cond:
            message = {"message_id": self.next_message, "date": int(time.time()),
                       "chat": {"id": chat_id, "type": "private"}, "from": BOT, "text": text}
            self.next_message += 1
            self.sent.append((time.monotonic(), chat_id, text))
            self.cond.notify_all()
        return message

    @staticmethod
    def params(req, query):
        params = {k: v[0] for k, v in urllib.parse.parse_qs(query).items()}
        length = int(req.headers.get("Content-Length") or 0)
        body = req.rfile.read(length).decode("utf-8") if length else ""
        if body:
            if "json" in (req.headers.get("Content-Type") or ""):
                params.update(json.loads(body))
            else:
                params.update({k: v[0] for k, v in urllib.parse.parse_qs(body).items()})
        return params

    @staticmethod
    def reply(req, status, obj):
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        req.send_response(status)
        req.send_header("Content-Type", "application/json")
        req.send_header("Content-Length", str(len(data)))
        req.end_headers()
        req.wfile.write(data)
