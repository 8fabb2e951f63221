package newsbot.bot;

import java.net.URI;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.RateLimiter;
import newsbot.bot.chat.Reply;
import newsbot.bot.config.Config;
import newsbot.bot.config.ConfigException;
import newsbot.bot.http.WebServer;
import newsbot.bot.render.HtmlRenderer;
import newsbot.bot.schedule.DigestScheduler;
import newsbot.bot.store.Store;
import newsbot.bot.render.MarkdownRenderer;
import newsbot.bot.render.TextRenderer;
import newsbot.bot.telegram.Backoff;
import newsbot.bot.telegram.TelegramChannel;
import newsbot.bot.wecom.WecomApi;
import newsbot.bot.wecom.WecomChannel;
import newsbot.bot.wecom.WecomCrypto;
import newsbot.bot.wecom.WecomRobot;
import java.time.LocalTime;
import okhttp3.OkHttpClient;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.parse.CorpusParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: one composition root that builds every part of {@code serve} with plain
 * constructors, starts them, and closes them in reverse order.
 */
public final class App implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  /** What the process is built from; the command line resolves it from configuration. */
  public record Parts(Config config, NewsLibrary library, Answerer answerer, CorpusParser parser,
      Links links, String paper, Path data, Clock scheduleClock) {

    /** The same parts with the scheduler on another clock (tests of the daily digest). */
    public Parts withScheduleClock(Clock clock) {
      return new Parts(config, library, answerer, parser, links, paper, data, clock);
    }
  }

  /** The store's channel key for the WeCom group robot's daily digest. */
  static final String ROBOT_CHANNEL = "wecom-robot";

  private final List<AutoCloseable> open = new ArrayList<>();
  private WebServer web;
  private ChatService chat;
  private TelegramChannel telegram;
  private DigestScheduler scheduler;

  public static App start(Parts p) throws Exception {
    App app = new App();
    try {
      app.build(p);
    } catch (Exception e) {
      app.close();
      throw e;
    }
    return app;
  }

  private void build(Parts p) throws Exception {
    Config c = p.config();
    p.library().ensureFresh();
    Store store = Store.open(p.data().resolve("newsbot.db"));
    open.add(store);
    Map<Channel, Set<String>> admins = new HashMap<>();
    admins.put(Channel.TELEGRAM, new HashSet<>(c.getList("telegram.admins")));
    admins.put(Channel.WECOM, new HashSet<>(c.getList("wecom.admins")));
    RateLimiter limiter = new RateLimiter(c.getInt("chat.rate-burst", 6),
        1000L * c.getInt("chat.rate-refill-seconds", 10), System::currentTimeMillis);
    Digester digester = new Digester(p.links());
    chat = new ChatService(p.library(), p.answerer(), digester, store, limiter, admins,
        p.parser(), p.paper());
    HtmlRenderer html = new HtmlRenderer(p.paper());

    web = new WebServer(p.library(), chat, html, p.links(), p.paper());
    Map<String, BiConsumer<String, Reply>> outboxes = new HashMap<>();

    String token = c.get("telegram.token", "");
    if (!token.isBlank()) {
      URI api = URI.create(c.get("telegram.api-url", "https://api.telegram.org"));
      if (api.getHost() == null || api.getScheme() == null) {
        throw new ConfigException("telegram.api-url must be an absolute URL, not " + api);
      }
      telegram = new TelegramChannel(token, api, chat, html, c.getInt("telegram.poll-seconds", 30),
          new Backoff(Duration.ofSeconds(c.getInt("telegram.retry-seconds", 5)),
              Duration.ofSeconds(c.getInt("telegram.retry-max-seconds", 300))));
      telegram.start(); // returns at once; retries on its own thread while Telegram refuses
      open.add(telegram);
      outboxes.put(Channel.TELEGRAM.key(), telegram::send);
    } else {
      LOG.info("Telegram is off. To add it, set NEWSBOT_TELEGRAM_TOKEN (from @BotFather) and"
          + " NEWSBOT_TELEGRAM_ADMINS (user ids allowed to /reload), then restart.");
    }
    startWecom(c, p, store, outboxes);

    String host = c.get("http.host", "127.0.0.1");
    int port = c.getInt("http.port", 8080);
    web.start(host, port);
    open.add(web);
    scheduler = new DigestScheduler(store, p.library(), digester, outboxes, p.scheduleClock());
    scheduler.start();
    open.add(scheduler);
    LOG.info("newsbot is up: web chat at http://{}:{}/ ({} articles loaded)",
        "0.0.0.0".equals(host) ? "localhost" : host, web.port(),
        p.library().corpus().articles().size());
  }

  private void startWecom(Config c, Parts p, Store store,
      Map<String, BiConsumer<String, Reply>> outboxes) throws SQLException {
    OkHttpClient http = new OkHttpClient();
    String corpId = c.get("wecom.corp-id", "");
    String secret = c.get("wecom.secret", "");
    String callbackToken = c.get("wecom.token", "");
    String aesKey = c.get("wecom.aes-key", "");
    if (!corpId.isBlank() && !secret.isBlank() && !callbackToken.isBlank() && !aesKey.isBlank()) {
      WecomCrypto crypto;
      try {
        crypto = new WecomCrypto(callbackToken, aesKey, corpId);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("wecom.aes-key: " + e.getMessage());
      }
      WecomApi api = new WecomApi(http, c.get("wecom.api-url", "https://qyapi.weixin.qq.com"),
          corpId, secret, c.getInt("wecom.agent-id", 0), Clock.systemUTC());
      WecomChannel wecom = new WecomChannel(crypto, api, store, chat, new TextRenderer(p.paper()),
          Clock.systemUTC(), c.getInt("wecom.max-age-seconds", 300), c.get("wecom.agent-id", ""));
      wecom.register(web.app());
      open.add(wecom);
      outboxes.put(Channel.WECOM.key(), wecom::send);
      LOG.info("WeCom callback at {}", WecomChannel.PATH);
    } else {
      LOG.info("WeCom is off. To add it, set NEWSBOT_WECOM_CORP_ID, NEWSBOT_WECOM_AGENT_ID,"
          + " NEWSBOT_WECOM_SECRET, NEWSBOT_WECOM_TOKEN and NEWSBOT_WECOM_AES_KEY and point the"
          + " app's callback at {public-base-url}" + WecomChannel.PATH + ".");
    }
    String webhook = c.get("wecom.robot-webhook", "");
    if (!webhook.isBlank()) {
      WecomRobot robot = new WecomRobot(http, webhook);
      MarkdownRenderer markdown = new MarkdownRenderer(p.paper());
      TextRenderer text = new TextRenderer(p.paper());
      LocalTime at = LocalTime.parse(c.get("wecom.robot-time", "08:00"));
      store.subscribe(new Store.Subscription(ROBOT_CHANNEL, "group", "config", at));
      outboxes.put(ROBOT_CHANNEL, (chatId, reply) -> {
        try {
          robot.sendMarkdown(reply instanceof Reply.DigestReply d ? markdown.digest(d.digest())
              : text.render(reply));
        } catch (java.io.IOException e) {
          LOG.warn("group robot digest failed: {}", e.getMessage());
        }
      });
      LOG.info("WeCom group robot digest daily at {}", at);
    }
  }

  public int httpPort() {
    return web.port();
  }

  public ChatService chat() {
    return chat;
  }

  public DigestScheduler scheduler() {
    return scheduler;
  }

  @Override
  public void close() {
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", open.get(i).getClass().getSimpleName(), e.toString());
      }
    }
    open.clear();
  }
}
