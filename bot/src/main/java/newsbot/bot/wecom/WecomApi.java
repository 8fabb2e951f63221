package newsbot.bot.wecom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WeCom server API newsbot uses: {@code gettoken} (cached until shortly before
 * {@code expires_in}) and {@code message/send}. An invalid or expired token (40014, 42001, 40001)
 * is refreshed and the call retried once at once; whether a failure is worth retrying later is
 * told by {@link ApiException#retryable()} (see {@link WecomOutbox}). Thread-safe; the secret and
 * token are never logged.
 */
public final class WecomApi {

  private static final Logger LOG = LoggerFactory.getLogger(WecomApi.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final Set<Integer> TOKEN_ERRORS = Set.of(40014, 42001, 40001);
  /** System busy (-1) and API frequency limits: worth another try later. */
  private static final Set<Integer> BUSY_ERRORS = Set.of(-1, 45009, 45033);
  /** A token is renewed this long before WeCom says it expires. */
  private static final long EARLY_SECONDS = 300;

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String corpId;
  private final String secret;
  private final int agentId;
  private final Clock clock;
  private String token;
  private Instant tokenExpires = Instant.EPOCH;

  public WecomApi(OkHttpClient http, String apiUrl, String corpId, String secret, int agentId,
      Clock clock) {
    this.http = http;
    this.base = HttpUrl.get(apiUrl.replaceAll("/+$", "") + "/cgi-bin/");
    this.corpId = corpId;
    this.secret = secret;
    this.agentId = agentId;
    this.clock = clock;
  }

  /**
   * Thrown when WeCom answers with an error code or an HTTP error; the message is safe to log.
   *
   * @see #retryable()
   */
  public static final class ApiException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public ApiException(String message, boolean retryable) {
      super(message);
      this.retryable = retryable;
    }

    /** True for HTTP 5xx and 429, a busy server and a rejected token; false for a refusal. */
    public boolean retryable() {
      return retryable;
    }
  }

  private static ApiException failed(String call, int errcode, JsonNode answer) {
    return new ApiException(call + " failed: errcode " + errcode + " " + answer.path("errmsg").asText(),
        BUSY_ERRORS.contains(errcode) || TOKEN_ERRORS.contains(errcode));
  }

  private synchronized String token(boolean refresh) throws IOException {
    if (!refresh && token != null && clock.instant().isBefore(tokenExpires)) {
      return token;
    }
    HttpUrl url = base.newBuilder("gettoken").addQueryParameter("corpid", corpId)
        .addQueryParameter("corpsecret", secret).build();
    JsonNode r = call(new Request.Builder().url(url).get().build());
    if (r.path("errcode").asInt(0) != 0) {
      throw failed("gettoken", r.path("errcode").asInt(), r);
    }
    token = r.path("access_token").asText();
    long ttl = Math.max(60, r.path("expires_in").asLong(7200) - EARLY_SECONDS);
    tokenExpires = clock.instant().plusSeconds(ttl);
    return token;
  }

  /** Sends a text message to a user (WeCom user id). */
  public void sendText(String toUser, String content) throws IOException {
    ObjectNode body = JSON.createObjectNode().put("touser", toUser).put("msgtype", "text")
        .put("agentid", agentId);
    body.putObject("text").put("content", content);
    send(body);
  }

  private void send(ObjectNode body) throws IOException {
    JsonNode r = post("message/send", body, token(false));
    int code = r.path("errcode").asInt(0);
    if (TOKEN_ERRORS.contains(code)) {
      LOG.info("WeCom token rejected ({}); refreshing and retrying once", code);
      r = post("message/send", body, token(true));
      code = r.path("errcode").asInt(0);
    }
    if (code != 0) {
      throw failed("message/send", code, r);
    }
  }

  private JsonNode post(String path, JsonNode body, String accessToken) throws IOException {
    HttpUrl url = base.newBuilder(path).addQueryParameter("access_token", accessToken).build();
    return call(new Request.Builder().url(url)
        .post(RequestBody.create(JSON.writeValueAsBytes(body), JSON_TYPE)).build());
  }

  private JsonNode call(Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      ResponseBody b = response.body();
      if (!response.isSuccessful() || b == null) {
        throw new ApiException("WeCom answered HTTP " + response.code() + " for "
            + request.url().encodedPath(), response.code() >= 500 || response.code() == 429);
      }
      return JSON.readTree(b.bytes());
    }
  }

  @Override
  public String toString() {
    return "WecomApi[" + base.host() + ", corp " + corpId + "]";
  }
}
