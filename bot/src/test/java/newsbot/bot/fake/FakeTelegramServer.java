package newsbot.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the Telegram Bot API speaking its real protocol: {@code /bot{token}/METHOD}
 * with JSON or form bodies, {@code {"ok":…,"result":…}} answers, {@code getUpdates} long polling
 * by offset, {@code sendMessage} recorded, {@code getFile} and {@code /file/bot{token}/{path}}
 * downloads, and a 429 with {@code retry_after} on demand. It plays the bot @{@value #BOT_USERNAME}
 * (getMe), keeps the messages the bot sent so a member can reply to them, marks group messages
 * with the entities Telegram adds, can refuse every call (an outage, a revoked token) and can
 * stream a large file whose size it does not declare, counting what it served. Sent messages keep
 * their inline keyboard; a user can press its buttons ({@code callback_query} updates), and
 * {@code answerCallbackQuery} and {@code editMessageReplyMarkup} are recorded and answered as the
 * real API does ({@code true}; the edited message, or 400 "message is not modified").
 */
public final class FakeTelegramServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  public static final long BOT_ID = 42;
  public static final String BOT_USERNAME = "newsbot_test_bot";
  private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{5,32}");
  /** What the fake's file socket may hold beyond what the bot read. */
  private static final int FILE_SEND_BUFFER = 8192;
  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?");

  /** A call the bot made: method name, its parameters, when, and the HTTP status it got. */
  public record Call(String method, JsonNode params, long atMillis, int status) {}

  private final String token;
  private final HttpServer server;
  private final ServerSocket fileServer;
  private final List<ObjectNode> updates = new ArrayList<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final AtomicInteger nextUpdateId = new AtomicInteger(1);
  private final AtomicInteger tooManyRequests = new AtomicInteger();
  private final Map<String, Long> undeclared = new ConcurrentHashMap<>();
  private final AtomicLong undeclaredServed = new AtomicLong();
  private final Map<Long, ObjectNode> sent = new ConcurrentHashMap<>();
  private final AtomicLong nextMessageId = new AtomicLong(1000);
  private final AtomicLong nextCallbackId = new AtomicLong(7000);
  private volatile int retryAfterSeconds = 1;
  private volatile boolean refusing;

  public FakeTelegramServer(String token) throws IOException {
    this.token = token;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
    fileServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread files = new Thread(this::acceptFileDownloads, "fake-telegram-files");
    files.setDaemon(true);
    files.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next {@code n} sendMessage calls answer 429 with retry_after. */
  public void failNextSends(int n, int retryAfter) {
    retryAfterSeconds = retryAfter;
    tooManyRequests.set(n);
  }

  /** While on, every Bot API call answers 401 Unauthorized, as for a revoked token. */
  public void refuse(boolean on) {
    refusing = on;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  private static String canonical(String method) {
    for (String known : List.of("deleteWebhook", "setMyCommands", "getMe", "getUpdates",
        "sendMessage", "getFile", "answerCallbackQuery", "editMessageReplyMarkup")) {
      if (known.equalsIgnoreCase(method)) {
        return known;
      }
    }
    return method;
  }

  /** A private text message from a user. */
  public synchronized void userSays(long userId, String text) {
    ObjectNode message = message(userId, userId, "private");
    message.put("text", text);
    enqueue(message);
  }

  /**
   * A member's message in a group chat, with the entities Telegram adds: bot_command for a
   * leading command, mention for every @username.
   */
  public synchronized void memberSays(long groupId, long userId, String text) {
    enqueue(groupMessage(groupId, userId, text));
  }

  /** A member's reply, in a group, to the bot's message {@code botMessageId}. */
  public synchronized void memberReplies(long groupId, long userId, long botMessageId, String text) {
    ObjectNode message = groupMessage(groupId, userId, text);
    message.set("reply_to_message", sent.get(botMessageId));
    enqueue(message);
  }

  private ObjectNode groupMessage(long groupId, long userId, String text) {
    ObjectNode message = message(groupId, userId, "group");
    message.put("text", text);
    ArrayNode entities = message.putArray("entities");
    Matcher command = COMMAND.matcher(text);
    int commandEnd = 0;
    if (command.find()) {
      commandEnd = command.end();
      entities.addObject().put("type", "bot_command").put("offset", 0).put("length", commandEnd);
    }
    Matcher mention = MENTION.matcher(text);
    while (mention.find(commandEnd)) { // the @bot of /command@bot belongs to the command
      entities.addObject().put("type", "mention").put("offset", mention.start())
          .put("length", mention.end() - mention.start());
      commandEnd = mention.end();
    }
    return message;
  }

  /** The id of the bot's message to the chat whose text is {@code text}. */
  public long messageIdOf(long chatId, String text) {
    return sent.entrySet().stream()
        .filter(e -> e.getValue().path("chat").path("id").asLong() == chatId
            && e.getValue().path("text").asText().equals(text))
        .mapToLong(Map.Entry::getKey).findFirst()
        .orElseThrow(() -> new AssertionError("the bot sent no such message to " + chatId));
  }

  /** A user sends a document with a caption; its bytes are served by getFile and /file. */
  public synchronized void userUploads(long userId, String fileName, byte[] content, String caption) {
    String fileId = "file-" + nextUpdateId.get();
    files.put("documents/" + fileId + ".txt", content);
    ObjectNode message = message(userId, userId, "private");
    ObjectNode doc = message.putObject("document");
    doc.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_name", fileName)
        .put("file_size", content.length).put("mime_type", "text/plain");
    message.put("caption", caption);
    enqueue(message);
  }

  /**
   * A user sends a document of {@code size} bytes of text without saying its size (no file_size
   * in the message or in getFile, no Content-Length on the download); the bytes the fake manages
   * to send are counted in {@link #undeclaredBytesServed()}.
   */
  public synchronized void userUploadsUndeclared(long userId, String fileName, long size,
      String caption) {
    String fileId = "file-" + nextUpdateId.get();
    undeclared.put("documents/" + fileId + ".txt", size);
    ObjectNode message = message(userId, userId, "private");
    message.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId)
        .put("file_name", fileName).put("mime_type", "text/plain");
    message.put("caption", caption);
    enqueue(message);
  }

  /** How many bytes of undeclared-size files the fake has written to the bot so far. */
  public long undeclaredBytesServed() {
    return undeclaredServed.get();
  }

  private ObjectNode message(long chatId, long userId, String chatType) {
    ObjectNode m = JSON.createObjectNode();
    m.put("message_id", nextUpdateId.get() * 10).put("date", System.currentTimeMillis() / 1000);
    ObjectNode chat = m.putObject("chat").put("id", chatId).put("type", chatType);
    if (chatType.equals("private")) {
      chat.put("first_name", "市民");
    } else {
      chat.put("title", "平湖读报群");
    }
    m.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "市民");
    return m;
  }

  private void enqueue(ObjectNode message) {
    enqueue("message", message);
  }

  private void enqueue(String kind, ObjectNode content) {
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", nextUpdateId.getAndIncrement());
    update.set(kind, content);
    updates.add(update);
    notifyAll();
  }

  /**
   * A user presses an inline button carrying {@code data} under the bot's message
   * {@code messageId} in {@code chatId} (a forged press may carry any data); returns the callback
   * query's id, which answerCallbackQuery names.
   */
  public synchronized String userPresses(long userId, long chatId, long messageId, String data) {
    ObjectNode message = sent.get(messageId);
    if (message == null || message.path("chat").path("id").asLong() != chatId) {
      throw new AssertionError("the bot sent no message " + messageId + " to " + chatId);
    }
    String id = String.valueOf(nextCallbackId.getAndIncrement());
    ObjectNode press = JSON.createObjectNode().put("id", id);
    press.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "市民");
    press.set("message", message.deepCopy());
    press.put("chat_instance", "-" + Math.abs(chatId) + "77").put("data", data);
    enqueue("callback_query", press);
    return id;
  }

  /** The id of the last message the bot sent to the chat. */
  public long lastMessageIdTo(long chatId) {
    return sent.entrySet().stream()
        .filter(e -> e.getValue().path("chat").path("id").asLong() == chatId)
        .mapToLong(Map.Entry::getKey).max()
        .orElseThrow(() -> new AssertionError("the bot sent nothing to " + chatId));
  }

  /** The inline keyboard the bot's message has now (rows of buttons), or an empty list. */
  public List<List<JsonNode>> keyboardOf(long messageId) {
    List<List<JsonNode>> rows = new ArrayList<>();
    for (JsonNode row : sent.get(messageId).path("reply_markup").path("inline_keyboard")) {
      List<JsonNode> buttons = new ArrayList<>();
      row.forEach(buttons::add);
      rows.add(buttons);
    }
    return rows;
  }

  /** Waits for a call to {@code method} whose parameters satisfy the test; returns it. */
  public Call awaitCall(String method, java.util.function.Predicate<JsonNode> test, long timeoutMs)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < deadline) {
      for (Call c : calls(method)) {
        if (test.test(c.params())) {
          return c;
        }
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    throw new AssertionError("no matching " + method + " within " + timeoutMs + " ms; calls: "
        + calls(method).stream().map(Call::params).toList());
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
        Long size = undeclared.get(path.substring(("/file/bot" + token + "/").length()));
        if (size != null) {
          redirect(ex, path);
          return;
        }
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
      if (refusing) {
        calls.add(new Call(method, params, at, 401));
        reply(ex, 401, error(401, "Unauthorized"));
        return;
      }
      switch (method) {
        case "deleteWebhook", "setMyCommands" -> {
          calls.add(new Call(method, params, at, 200));
          reply(ex, 200, ok(JSON.getNodeFactory().booleanNode(true)));
        }
        case "getMe" -> {
          calls.add(new Call(method, params, at, 200));
          reply(ex, 200, ok(bot()));
        }
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
          ObjectNode message = JSON.createObjectNode();
          long id = nextMessageId.getAndIncrement();
          message.put("message_id", id).put("date", System.currentTimeMillis() / 1000);
          long chatId = params.path("chat_id").asLong();
          message.putObject("chat").put("id", chatId).put("type", chatId < 0 ? "group" : "private");
          message.set("from", bot());
          // Telegram answers the text with the HTML markup taken out
          message.put("text", params.path("text").asText().replaceAll("<[^>]+>", ""));
          JsonNode markup = markup(params);
          if (markup != null) {
            message.set("reply_markup", markup);
          }
          sent.put(id, message);
          reply(ex, 200, ok(message));
        }
        case "answerCallbackQuery" -> {
          calls.add(new Call(method, params, at, 200));
          reply(ex, 200, ok(JSON.getNodeFactory().booleanNode(true)));
        }
        case "editMessageReplyMarkup" -> editReplyMarkup(ex, params, at);
        case "getFile" -> {
          calls.add(new Call(method, params, at, 200));
          String fileId = params.path("file_id").asText();
          String filePath = "documents/" + fileId + ".txt";
          if (undeclared.containsKey(filePath)) {
            reply(ex, 200, ok(JSON.createObjectNode().put("file_id", fileId)
                .put("file_unique_id", "u" + fileId).put("file_path", filePath)));
            return;
          }
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

  private synchronized void editReplyMarkup(HttpExchange ex, JsonNode params, long at) throws IOException {
    ObjectNode message = sent.get(params.path("message_id").asLong());
    if (message == null
        || message.path("chat").path("id").asLong() != params.path("chat_id").asLong()) {
      calls.add(new Call("editMessageReplyMarkup", params, at, 400));
      reply(ex, 400, error(400, "Bad Request: message to edit not found"));
      return;
    }
    JsonNode markup = markup(params);
    boolean empty = markup == null || markup.path("inline_keyboard").isEmpty();
    if (empty ? !message.has("reply_markup") : markup.equals(message.get("reply_markup"))) {
      calls.add(new Call("editMessageReplyMarkup", params, at, 400));
      reply(ex, 400, error(400, "Bad Request: message is not modified: specified new message"
          + " content and reply markup are exactly the same as a current content and reply markup"
          + " of the message"));
      return;
    }
    calls.add(new Call("editMessageReplyMarkup", params, at, 200));
    if (empty) {
      message.remove("reply_markup");
    } else {
      message.set("reply_markup", markup);
    }
    reply(ex, 200, ok(message));
  }

  /** The reply_markup parameter: an object in a JSON body, a JSON string in a form. */
  private static JsonNode markup(JsonNode params) throws IOException {
    JsonNode markup = params.get("reply_markup");
    if (markup == null || markup.isNull()) {
      return null;
    }
    return markup.isTextual() ? JSON.readTree(markup.asText()) : markup;
  }

  private static ObjectNode bot() {
    return JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
        .put("first_name", "newsbot").put("username", BOT_USERNAME);
  }

  /**
   * Serves an undeclared-size file from {@link #fileServer}: the built-in HTTP server cannot
   * shrink its send buffer, and on loopback megabytes would sit in it unread by the bot.
   */
  private void redirect(HttpExchange ex, String path) throws IOException {
    ex.getResponseHeaders().add("Location",
        "http://127.0.0.1:" + fileServer.getLocalPort() + path);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private void acceptFileDownloads() {
    while (!fileServer.isClosed()) {
      try {
        Socket socket = fileServer.accept();
        socket.setSendBufferSize(FILE_SEND_BUFFER);
        server.getExecutor().execute(() -> streamFile(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  /**
   * Lines of page-like text with no Content-Length, until the size is served or the bot hangs up;
   * counts what the socket took.
   */
  private void streamFile(Socket socket) {
    byte[] chunk = "平湖新闻。今天的报纸。\n".repeat(256).getBytes(StandardCharsets.UTF_8);
    try (socket) {
      BufferedReader request = new BufferedReader(
          new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String path = request.readLine().split(" ")[1];
      while (!request.readLine().isEmpty()) {
        continue; // headers
      }
      long size = undeclared.get(path.substring(("/file/bot" + token + "/").length()));
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      for (long left = size; left > 0; ) {
        int n = (int) Math.min(chunk.length, left);
        out.write(chunk, 0, n);
        undeclaredServed.addAndGet(n);
        left -= n;
      }
    } catch (IOException hungUp) {
      // the bot stopped reading: what it took is counted
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
    try {
      fileServer.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
