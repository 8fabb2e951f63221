package newsbot.bot.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import newsbot.bot.render.Utf8Splitter;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A WeCom group robot (webhook): markdown messages of at most 4096 bytes, at most 20 a minute.
 * The webhook URL carries its key and is never logged.
 */
public final class WecomRobot {

  static final int MAX_BYTES = 4096;
  private static final int PER_MINUTE = 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final String webhook;
  private final Deque<Long> sent = new ArrayDeque<>();

  public WecomRobot(OkHttpClient http, String webhook) {
    this.http = http;
    this.webhook = webhook;
  }

  public synchronized void sendMarkdown(String markdown) throws IOException {
    for (String part : Utf8Splitter.split(markdown, MAX_BYTES)) {
      throttle();
      ObjectNode body = JSON.createObjectNode().put("msgtype", "markdown");
      body.putObject("markdown").put("content", part);
      Request request = new Request.Builder().url(webhook)
          .post(RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE)).build();
      try (Response r = http.newCall(request).execute()) {
        ResponseBody b = r.body();
        JsonNode answer = b == null ? JSON.createObjectNode() : JSON.readTree(b.bytes());
        if (!r.isSuccessful() || answer.path("errcode").asInt(0) != 0) {
          throw new IOException("group robot answered HTTP " + r.code() + " errcode "
              + answer.path("errcode").asInt());
        }
      }
    }
  }

  /** Waits while 20 messages went out in the last minute. */
  private void throttle() {
    long now = System.currentTimeMillis();
    while (!sent.isEmpty() && now - sent.peekFirst() > 60_000) {
      sent.pollFirst();
    }
    if (sent.size() >= PER_MINUTE) {
      long wait = 60_000 - (now - sent.peekFirst());
      try {
        Thread.sleep(Math.max(0, wait));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sent.pollFirst();
    }
    sent.addLast(System.currentTimeMillis());
  }

  @Override
  public String toString() {
    return "WecomRobot[webhook]";
  }
}
