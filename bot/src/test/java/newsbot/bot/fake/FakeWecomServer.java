package newsbot.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the WeCom server API speaking its protocol: {@code /cgi-bin/gettoken},
 * {@code /cgi-bin/message/send?access_token=…} (errcode 42001 for an expired token) and the group
 * robot's {@code /cgi-bin/webhook/send?key=…}.
 */
public final class FakeWecomServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A call: path, query parameters, JSON body (or null). */
  public record Call(String path, Map<String, String> query, JsonNode body) {}

  private final HttpServer server;
  private final String corpId;
  private final String secret;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger tokens = new AtomicInteger();
  private volatile String validToken = "";

  public FakeWecomServer(String corpId, String secret) throws IOException {
    this.corpId = corpId;
    this.secret = secret;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/cgi-bin/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String robotWebhook() {
    return url() + "/cgi-bin/webhook/send?key=robot-key";
  }

  /** From now on the issued token is expired: the next message/send answers 42001. */
  public void expireToken() {
    validToken = "";
  }

  public List<Call> calls(String pathEnd) {
    return calls.stream().filter(c -> c.path().endsWith(pathEnd)).toList();
  }

  /** Successful sends (errcode 0) of message/send. */
  public List<JsonNode> sent() {
    return calls("/message/send").stream()
        .filter(c -> c.query().getOrDefault("access_token", "").equals(c.body().path("_token").asText()))
        .map(Call::body).toList();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    Map<String, String> query = query(ex.getRequestURI().getRawQuery());
    byte[] raw = ex.getRequestBody().readAllBytes();
    JsonNode body = raw.length == 0 ? null : JSON.readTree(raw);
    String answer;
    switch (path) {
      case "/cgi-bin/gettoken" -> {
        calls.add(new Call(path, query, null));
        if (!corpId.equals(query.get("corpid")) || !secret.equals(query.get("corpsecret"))) {
          answer = "{\"errcode\":40013,\"errmsg\":\"invalid corpid\"}";
        } else {
          validToken = "TOKEN-" + tokens.incrementAndGet();
          answer = "{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"" + validToken
              + "\",\"expires_in\":7200}";
        }
      }
      case "/cgi-bin/message/send" -> {
        boolean ok = !validToken.isEmpty() && validToken.equals(query.get("access_token"));
        com.fasterxml.jackson.databind.node.ObjectNode recorded = body == null
            ? JSON.createObjectNode() : ((com.fasterxml.jackson.databind.node.ObjectNode) body).deepCopy();
        recorded.put("_token", ok ? query.get("access_token") : "rejected");
        calls.add(new Call(path, query, recorded));
        answer = ok ? "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\"}"
            : "{\"errcode\":42001,\"errmsg\":\"access_token expired\"}";
      }
      case "/cgi-bin/webhook/send" -> {
        calls.add(new Call(path, query, body));
        answer = "robot-key".equals(query.get("key")) ? "{\"errcode\":0,\"errmsg\":\"ok\"}"
            : "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}";
      }
      default -> answer = "{\"errcode\":404,\"errmsg\":\"not found\"}";
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(200, bytes.length);
    ex.getResponseBody().write(bytes);
    ex.close();
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
