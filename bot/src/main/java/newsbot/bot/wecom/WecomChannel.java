package newsbot.bot.wecom;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.bot.chat.Reply;
import newsbot.bot.render.TextRenderer;
import newsbot.bot.render.Utf8Splitter;
import newsbot.bot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeCom's self-built application callback at {@code /wecom/callback}: the GET URL check and
 * encrypted POST messages. A POST is verified (signature, CorpID, freshness), answered with an
 * empty 200 at once, and replied to asynchronously through {@code message/send}; WeCom retries a
 * slow callback up to three times, so messages are de-duplicated by MsgId (events by sender and
 * create time), recorded in the store so that holds across a restart, and a retry never produces
 * a second answer. Anything that fails verification gets
 * a 4xx and is never acted on.
 */
public final class WecomChannel implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WecomChannel.class);
  public static final String PATH = "/wecom/callback";
  /** WeCom text messages are limited to 2048 bytes of UTF-8. */
  public static final int MAX_TEXT_BYTES = 2048;
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final WecomCrypto crypto;
  private final WecomApi api;
  private final Store store;
  private final ChatService chat;
  private final TextRenderer renderer;
  private final Clock clock;
  private final long maxAgeSeconds;
  private final String agentId;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "wecom-reply");
    t.setDaemon(true);
    return t;
  });

  public WecomChannel(WecomCrypto crypto, WecomApi api, Store store, ChatService chat,
      TextRenderer renderer, Clock clock, long maxAgeSeconds, String agentId) {
    this.crypto = crypto;
    this.api = api;
    this.store = store;
    this.chat = chat;
    this.renderer = renderer;
    this.clock = clock;
    this.maxAgeSeconds = maxAgeSeconds;
    this.agentId = agentId;
  }

  /** Adds the callback routes to the bot's HTTP server. */
  public void register(Javalin app) {
    app.get(PATH, this::verifyUrl);
    app.post(PATH, this::receive);
  }

  private void verifyUrl(Context ctx) {
    try {
      String echo = crypto.verifyAndDecrypt(ctx.queryParam("msg_signature"),
          ctx.queryParam("timestamp"), ctx.queryParam("nonce"), ctx.queryParam("echostr"));
      ctx.contentType("text/plain; charset=utf-8").result(echo);
    } catch (WecomCrypto.CryptoException e) {
      LOG.warn("WeCom URL check refused: {}", e.getMessage());
      ctx.status(HttpStatus.FORBIDDEN).result("forbidden");
    }
  }

  private void receive(Context ctx) {
    WecomMessage message;
    try {
      byte[] raw = ctx.bodyAsBytes();
      if (raw.length > MAX_BODY_BYTES) {
        throw new WecomCrypto.CryptoException("body too large");
      }
      String timestamp = ctx.queryParam("timestamp");
      String encrypted = WecomMessage.encryptedField(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
      String xml = crypto.verifyAndDecrypt(ctx.queryParam("msg_signature"), timestamp,
          ctx.queryParam("nonce"), encrypted);
      checkFresh(timestamp);
      message = WecomMessage.parse(xml);
    } catch (WecomCrypto.CryptoException e) {
      LOG.warn("WeCom callback refused: {}", e.getMessage());
      ctx.status(e.getMessage().equals("bad signature") || e.getMessage().contains("CorpID")
          ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST).result("");
      return;
    }
    if (!agentId.isEmpty() && !message.agentId().isEmpty() && !agentId.equals(message.agentId())) {
      LOG.warn("WeCom callback for another agent refused");
      ctx.status(HttpStatus.FORBIDDEN).result("");
      return;
    }
    ctx.status(HttpStatus.OK).result(""); // answer at once; the reply goes out on its own
    boolean first;
    try {
      first = store.claimMessage("wecom:" + message.dedupeKey());
    } catch (java.sql.SQLException e) {
      LOG.error("cannot record a WeCom message: {}", e.toString());
      return; // better no answer than two
    }
    if (!first) {
      LOG.info("WeCom retry of an answered callback ignored");
      return;
    }
    if (!"text".equals(message.msgType())) {
      if (!"event".equals(message.msgType())) {
        workers.submit(() -> send(message.fromUser(),
            Reply.text("目前只能回答文字问题,请直接输入你的问题。")));
      }
      return;
    }
    workers.submit(() -> send(message.fromUser(), chat.handle(Incoming.text(Channel.WECOM,
        message.fromUser(), message.fromUser(), message.content()))));
  }

  private void checkFresh(String timestamp) throws WecomCrypto.CryptoException {
    long ts;
    try {
      ts = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new WecomCrypto.CryptoException("malformed timestamp");
    }
    if (Math.abs(clock.instant().getEpochSecond() - ts) > maxAgeSeconds) {
      throw new WecomCrypto.CryptoException("stale timestamp");
    }
  }

  /** Sends a reply as text messages of at most 2048 bytes each. */
  public void send(String toUser, Reply reply) {
    try {
      for (String part : Utf8Splitter.split(renderer.render(reply), MAX_TEXT_BYTES)) {
        api.sendText(toUser, part);
      }
    } catch (IOException e) {
      LOG.warn("WeCom reply failed: {}", e.getMessage());
    }
  }

  @Override
  public void close() throws InterruptedException {
    workers.shutdown();
    workers.awaitTermination(5, TimeUnit.SECONDS);
  }
}
