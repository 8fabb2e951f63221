package newsbot.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Telegram Bot API speaking its real protocol: {@code /bot{token}/METHOD}
 * with JSON or form bodies, {@code {"ok":…,"result":…}} answers, {@code getUpdates} long polling
 * by offset, {@code sendMessage} recorded, {@code getFile} and {@code /file/bot{token}/{path}}
 * downloads, and a 429 with {@code retry_after} on demand.
 */
public final class FakeTelegramServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A call the bot made: method name, its parameters, when, and the HTTP status it got. */
  public record Call(String method, JsonNode params, long atMillis, int status) {}

  private final String token;
  private final HttpServer server;
  private final List<ObjectNode> updates = new ArrayList<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final AtomicInteger nextUpdateId = new AtomicInteger(1);
  private final AtomicInteger tooManyRequests = new AtomicInteger();
  private volatile int retryAfterSeconds = 1;

  public FakeTelegramServer(String token) throws IOException {
    this.token = token;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next {@code n} sendMessage calls answer 429 with retry_after. */
  public void failNextSends(int n, int retryAfter) {
    retryAfterSeconds = retryAfter;
    tooManyRequests.set(n);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  private static String canonical(String method) {
    for (String known : List.of("deleteWebhook", "setMyCommands", "getMe", "getUpdates",
        "sendMessage", "getFile")) {
      if (known.equalsIgnoreCase(method)) {
        return known;
      }
    }
    return method;
  }

  /** A private text message from a user. */
  public synchronized void userSays(long userId, String text) {
    ObjectNode message = message(userId);
    message.put("text", text);
    enqueue(message);
  }

  /** A user sends a document with a caption; its bytes are served by getFile and /file. */
  public synchronized void userUploads(long userId, String fileName, byte[] content, String caption) {
    String fileId = "file-" + nextUpdateId.get();
    files.put("documents/" + fileId + ".txt", content);
    ObjectNode message = message(userId);
    ObjectNode doc = message.putObject("document");
    doc.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_name", fileName)
        .put("file_size", content.length).put("mime_type", "text/plain");
    message.put("caption", caption);
    enqueue(message);
  }

  private ObjectNode message(long userId) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", nextUpdateId.get() * 10).put("date", System.currentTimeMillis() / 1000);
    m.putObject("chat").put("id", userId).put("type", "private").put("first_name", "市民");
    m.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "市民");
    return m;
  }

  private void enqueue(ObjectNode message) {
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId.getAndIncrement());
    update.set("message", message);
    updates.add(update);
    notifyAll();
  }

  /**
   * Waits until a successful sendMessage to the chat, made at or after {@code sinceMillis},
   * satisfies the test; returns its text.
   */
  public String awaitMessage(long chatId, long sinceMillis,
      java.util.function.Predicate<String> test, long timeoutMs) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      for (Call c : calls("sendMessage")) {
        if (c.status() != 200 || c.atMillis() < sinceMillis) {
          continue;
        }
        String text = c.params().path("text").asText();
        if (c.params().path("chat_id").asText().equals(String.valueOf(chatId)) && test.test(text)) {
          return text;
        }
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    throw new AssertionError("no matching message to " + chatId + " within " + timeoutMs
        + " ms; sent: " + calls("sendMessage").stream().map(c -> c.params().path("text").asText())
            .toList());
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    try {
      if (path.startsWith("/file/bot" + token + "/")) {
        byte[] body = files.get(path.substring(("/file/bot" + token + "/").length()));
        send(ex, body == null ? 404 : 200, body == null ? new byte[0] : body, "text/plain");
        return;
      }
      if (!path.startsWith("/bot" + token + "/")) {
        reply(ex, 401, error(401, "Unauthorized"));
        return;
      }
      // the Bot API matches method names case-insensitively (the library sends "getupdates")
      String method = canonical(path.substring(("/bot" + token + "/").length()));
      JsonNode params = params(ex);
      long at = System.currentTimeMillis();
      switch (method) {
        case "deleteWebhook", "setMyCommands" -> {
          calls.add(new Call(method, params, at, 200));
          reply(ex, 200, ok(JSON.getNodeFactory().booleanNode(true)));
        }
        case "getMe" -> reply(ex, 200, ok(JSON.createObjectNode().put("id", 42).put("is_bot", true)
            .put("first_name", "newsbot").put("username", "newsbot_test_bot")));
        case "getUpdates" -> {
          calls.add(new Call(method, params, at, 200));
          reply(ex, 200, ok(pollUpdates(params)));
        }
        case "sendMessage" -> {
          if (tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            calls.add(new Call(method, params, at, 429));
            ObjectNode err = error(429, "Too Many Requests: retry after " + retryAfterSeconds);
            err.putObject("parameters").put("retry_after", retryAfterSeconds);
            reply(ex, 429, err);
            return;
          }
          calls.add(new Call(method, params, at, 200));
          ObjectNode sent = JSON.createObjectNode();
          sent.put("message_id", calls.size()).put("date", System.currentTimeMillis() / 1000);
          sent.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
          sent.put("text", params.path("text").asText());
          reply(ex, 200, ok(sent));
        }
        case "getFile" -> {
          calls.add(new Call(method, params, at, 200));
          String fileId = params.path("file_id").asText();
          String filePath = "documents/" + fileId + ".txt";
          byte[] content = files.get(filePath);
          if (content == null) {
            reply(ex, 400, error(400, "Bad Request: invalid file_id"));
            return;
          }
          reply(ex, 200, ok(JSON.createObjectNode().put("file_id", fileId)
              .put("file_unique_id", "u" + fileId).put("file_size", content.length)
              .put("file_path", filePath)));
        }
        default -> reply(ex, 404, error(404, "Not Found: method not found"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply(ex, 500, error(500, "interrupted"));
    }
  }

  private synchronized ArrayNode pollUpdates(JsonNode params) throws InterruptedException {
    int offset = params.path("offset").asInt(0);
    long waitMs = Math.min(1000, params.path("timeout").asLong(0) * 1000);
    long deadline = System.currentTimeMillis() + waitMs;
    ArrayNode result = JSON.createArrayNode();
    while (true) {
      for (ObjectNode u : updates) {
        if (u.get("update_id").asInt() >= offset) {
          result.add(u);
        }
      }
      long left = deadline - System.currentTimeMillis();
      if (!result.isEmpty() || left <= 0) {
        return result;
      }
      wait(left);
    }
  }

  private static JsonNode params(HttpExchange ex) throws IOException {
    byte[] body = ex.getRequestBody().readAllBytes();
    String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    if (type.contains("json")) {
      return JSON.readTree(body);
    }
    ObjectNode form = JSON.createObjectNode();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static ObjectNode ok(JsonNode result) {
    ObjectNode n = JSON.createObjectNode().put("ok", true);
    n.set("result", result);
    return n;
  }

  private static ObjectNode error(int code, String description) {
    return JSON.createObjectNode().put("ok", false).put("error_code", code)
        .put("description", description);
  }

  private static void reply(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, status, JSON.writeValueAsBytes(body), "application/json");
  }

  private static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      ex.getResponseBody().write(body);
    }
    ex.close();
  }

  @Override
  public void close() {
    synchronized (this) {
      notifyAll();
    }
    server.stop(0);
  }
}
