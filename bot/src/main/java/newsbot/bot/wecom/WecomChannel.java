package newsbot.bot.wecom;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.bot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeCom's self-built application callback at {@code /wecom/callback}: the GET URL check and
 * encrypted POST messages. Both are verified (signature, then freshness; a POST also its CorpID
 * and agent): a bad signature or another agent gets 403, anything malformed or stale 400, and is
 * never acted on. A POST is answered with an empty 200 at once and replied to through the
 * {@link WecomOutbox}; WeCom retries a slow callback up to three times, so messages are
 * de-duplicated by MsgId, recorded in the store so that holds across a restart. The channel only
 * translates: a text message and any other message (image, voice, …, as an empty text) go to
 * ChatService, which decides the reply; events (subscribe, enter_agent) are ignored.
 */
public final class WecomChannel {

  private static final Logger LOG = LoggerFactory.getLogger(WecomChannel.class);
  public static final String PATH = "/wecom/callback";
  private static final int MAX_BODY_BYTES = 64 * 1024;

  private final WecomCrypto crypto;
  private final WecomOutbox outbox;
  private final Store store;
  private final ChatService chat;
  private final Clock clock;
  private final long maxAgeSeconds;
  private final String agentId;

  /**
   * @param maxAgeSeconds how far a callback's timestamp may be from now (GET and POST)
   * @param agentId ours; a message for another agent is refused (empty: not checked)
   */
  public WecomChannel(WecomCrypto crypto, WecomOutbox outbox, Store store, ChatService chat,
      Clock clock, long maxAgeSeconds, String agentId) {
    this.crypto = crypto;
    this.outbox = outbox;
    this.store = store;
    this.chat = chat;
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
      String timestamp = ctx.queryParam("timestamp");
      String echo = crypto.verifyAndDecrypt(ctx.queryParam("msg_signature"), timestamp,
          ctx.queryParam("nonce"), ctx.queryParam("echostr"));
      checkFresh(timestamp);
      ctx.contentType("text/plain; charset=utf-8").result(echo);
    } catch (WecomCrypto.CryptoException e) {
      refuse(ctx, "URL check", e);
    }
  }

  private void receive(Context ctx) {
    WecomMessage message;
    try {
      message = open(ctx);
    } catch (WecomCrypto.CryptoException e) {
      refuse(ctx, "callback", e);
      return;
    }
    if (!agentId.isEmpty() && !message.agentId().isEmpty() && !agentId.equals(message.agentId())) {
      LOG.warn("WeCom callback for another agent refused");
      ctx.status(HttpStatus.FORBIDDEN).result("");
      return;
    }
    ctx.status(HttpStatus.OK).result(""); // answer at once; the reply goes out on its own
    if ("event".equals(message.msgType()) || !claim(message)) {
      return;
    }
    String text = "text".equals(message.msgType()) ? message.content() : "";
    Incoming in = Incoming.text(Channel.WECOM, message.fromUser(), message.fromUser(), text);
    outbox.answer(message.fromUser(), message.dedupeKey(), () -> chat.handle(in));
  }

  /** Verifies and decrypts a POST's body. */
  private WecomMessage open(Context ctx) throws WecomCrypto.CryptoException {
    byte[] raw = ctx.bodyAsBytes();
    if (raw.length > MAX_BODY_BYTES) {
      throw new WecomCrypto.MalformedMessageException("body too large");
    }
    String timestamp = ctx.queryParam("timestamp");
    String encrypted = WecomMessage.encryptedField(new String(raw, StandardCharsets.UTF_8));
    String xml = crypto.verifyAndDecrypt(ctx.queryParam("msg_signature"), timestamp,
        ctx.queryParam("nonce"), encrypted);
    checkFresh(timestamp);
    return WecomMessage.parse(xml);
  }

  /** 403 for a signature that is not ours; 400 for anything malformed or stale. */
  private static void refuse(Context ctx, String what, WecomCrypto.CryptoException e) {
    LOG.warn("WeCom {} refused: {}", what, e.getMessage());
    ctx.status(e instanceof WecomCrypto.SignatureException ? HttpStatus.FORBIDDEN
        : HttpStatus.BAD_REQUEST).result("");
  }

  /** True the first time a message is seen; a retried callback or a store failure: false. */
  private boolean claim(WecomMessage message) {
    try {
      if (store.claimMessage("wecom:" + message.dedupeKey())) {
        return true;
      }
      LOG.info("WeCom retry of an answered callback ignored");
    } catch (SQLException e) {
      LOG.error("cannot record a WeCom message; not answering it rather than twice", e);
    }
    return false;
  }

  private void checkFresh(String timestamp) throws WecomCrypto.CryptoException {
    long ts;
    try {
      ts = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new WecomCrypto.MalformedMessageException("malformed timestamp");
    }
    long now = clock.instant().getEpochSecond();
    if (ts < now - maxAgeSeconds || ts > now + maxAgeSeconds) { // no subtraction to overflow
      throw new WecomCrypto.StaleMessageException("stale timestamp");
    }
  }
}
