package newsbot.bot.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for the WeCom server API speaking its protocol: {@code /cgi-bin/gettoken},
 * {@code /cgi-bin/message/send?access_token=…} (errcode 42001 for an expired token, HTTP 500 while
 * told to fail) and the group robot's {@code /cgi-bin/webhook/send?key=…}. It also encrypts
 * callback plaintexts the way WeCom does, so tests can send well-signed but malformed ones.
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
  private final AtomicInteger sendFailures = new AtomicInteger();

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

  /** The next {@code count} message/send calls answer HTTP 500 (0: none, MAX_VALUE: all). */
  public void failSends(int count) {
    sendFailures.set(count);
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
        ObjectNode recorded = body == null ? JSON.createObjectNode() : ((ObjectNode) body).deepCopy();
        if (sendFailures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
          calls.add(new Call(path, query, recorded.put("_token", "http-500")));
          ex.sendResponseHeaders(500, -1);
          ex.close();
          return;
        }
        boolean ok = !validToken.isEmpty() && validToken.equals(query.get("access_token"));
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

  /**
   * A callback plaintext as WeCom builds it: 16 random bytes, a 4-byte big-endian length field
   * (given here, so it may lie), the message, the CorpID, then PKCS#7 padding to 32 bytes.
   */
  public static byte[] plaintext(int lengthField, byte[] message, String corpId) {
    ByteBuffer b = ByteBuffer.allocate(16 + 4 + message.length + corpId.length() * 4 + 32);
    b.put(new byte[16]).putInt(lengthField).put(message).put(corpId.getBytes(StandardCharsets.UTF_8));
    int pad = 32 - b.position() % 32;
    for (int i = 0; i < pad; i++) {
      b.put((byte) pad);
    }
    return Arrays.copyOf(b.array(), b.position());
  }

  /** Encrypts a plaintext (a multiple of 16 bytes) with WeCom's AES-256-CBC, as Base64. */
  public static String encrypt(String encodingAesKey, byte[] plaintext) {
    byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
      return Base64.getEncoder().encodeToString(cipher.doFinal(plaintext));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
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
