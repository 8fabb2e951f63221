package newsbot.bot;

import java.util.ArrayList;
import java.util.List;
import newsbot.bot.chat.ChatService;
import newsbot.bot.config.BotConfig;
import newsbot.bot.http.WebServer;
import newsbot.bot.schedule.DigestScheduler;
import newsbot.bot.schedule.NewsroomScheduler;
import newsbot.bot.telegram.TelegramChannel;
import newsbot.bot.wecom.WecomChannel;
import newsbot.retrieval.NewsLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: the parts {@link Wiring} built, started in an order that fails fast and
 * serves no half-loaded answers, and closed in reverse.
 *
 * <ol>
 *   <li>bind the HTTP port first (a port in use fails before any slow work); {@code /healthz}
 *       says 503 and chat messages are told to wait until the bot is ready;
 *   <li>bring the index up to date and load and warm the embedding model;
 *   <li>mark the chat ready and send it a few unlogged messages (the first answers of a process
 *       are slow), then open {@code /healthz} (200), start Telegram (a failure there is retried,
 *       not fatal) and the daily digests.
 * </ol>
 */
public final class App implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(App.class);

  private final NewsLibrary library;
  private final WebServer web;
  private final ChatService chat;
  private final TelegramChannel telegram;
  private final DigestScheduler scheduler;
  private final NewsroomScheduler newsroom;
  private final AnswerWarmUp warmUp;
  private final BotConfig config;
  /** Closed in this order. */
  private final List<AutoCloseable> open = new ArrayList<>();

  private App(Builder b, BotConfig config) {
    this.library = b.library;
    this.web = b.web;
    this.chat = b.chat;
    this.telegram = b.telegram;
    this.scheduler = b.scheduler;
    this.newsroom = b.newsroom;
    this.warmUp = b.warmUp;
    this.config = config;
    open.addAll(b.closeFirst);
    if (telegram != null) {
      open.add(telegram);
    }
    open.add(scheduler);
    if (newsroom != null) {
      open.add(newsroom);
    }
    open.add(web);
    open.addAll(b.closeLast);
  }

  /** Starts every part; on a failure, closes what was started and rethrows. */
  public App start() throws Exception {
    try {
      BotConfig.Http http = config.http();
      web.start(http.host(), http.port());
      LOG.info("listening on {}:{}; loading the paper", http.host(), web.port());
      library.ensureFresh();
      library.embedder().warm();
      chat.markReady();
      if (warmUp != null) {
        warmUp.run();
      }
      web.open();
      if (!http.publicBaseUrlConfigured()
          && (config.telegram().enabled() || config.wecom().enabled())) {
        LOG.warn("http.public-base-url is empty: source-viewer links would point at localhost and"
            + " cannot open on a phone, so Telegram and WeCom replies carry e-paper links only."
            + " Set NEWSBOT_HTTP_PUBLIC_BASE_URL to the address people reach this bot at.");
      }
      if (telegram != null) {
        telegram.start(); // returns at once; retries on its own thread while Telegram refuses
      } else {
        LOG.info("Telegram is off. To add it, set NEWSBOT_TELEGRAM_TOKEN (from @BotFather) and"
            + " NEWSBOT_TELEGRAM_ADMINS (user ids allowed to /reload), then restart.");
      }
      if (!config.wecom().enabled()) {
        LOG.info("WeCom is off. To add it, set NEWSBOT_WECOM_CORP_ID, NEWSBOT_WECOM_AGENT_ID,"
            + " NEWSBOT_WECOM_SECRET, NEWSBOT_WECOM_TOKEN and NEWSBOT_WECOM_AES_KEY and point the"
            + " app's callback at {public-base-url}" + WecomChannel.PATH + ".");
      }
      scheduler.start();
      if (newsroom != null) {
        newsroom.start();
      }
      LOG.info("newsbot is up: web chat at http://{}:{}/ ({} articles loaded)",
          "0.0.0.0".equals(http.host()) ? "localhost" : http.host(), web.port(),
          library.corpus().articles().size());
      return this;
    } catch (Exception e) {
      close();
      throw e;
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
    for (AutoCloseable c : open) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed", c.getClass().getSimpleName(), e);
      }
    }
    open.clear();
  }

  /** Collects the parts {@link Wiring} builds. */
  static final class Builder {
    private final NewsLibrary library;
    private WebServer web;
    private ChatService chat;
    private TelegramChannel telegram;
    private DigestScheduler scheduler;
    private NewsroomScheduler newsroom;
    private AnswerWarmUp warmUp;
    private final List<AutoCloseable> closeFirst = new ArrayList<>();
    private final List<AutoCloseable> closeLast = new ArrayList<>();

    Builder(NewsLibrary library) {
      this.library = library;
    }

    Builder web(WebServer w) {
      this.web = w;
      return this;
    }

    Builder chat(ChatService c) {
      this.chat = c;
      return this;
    }

    Builder telegram(TelegramChannel t) {
      this.telegram = t;
      return this;
    }

    Builder scheduler(DigestScheduler s) {
      this.scheduler = s;
      return this;
    }

    /** The question log's retention and the weekly report. */
    Builder newsroom(NewsroomScheduler n) {
      this.newsroom = n;
      return this;
    }

    /** Answers a few questions before the bot is marked ready. */
    Builder warmUp(AnswerWarmUp w) {
      this.warmUp = w;
      return this;
    }

    /** Channels: closed before the HTTP server they hang on. */
    Builder closeFirst(AutoCloseable c) {
      closeFirst.add(c);
      return this;
    }

    /** The store: closed after everything that writes to it. */
    Builder closeLast(AutoCloseable c) {
      closeLast.add(c);
      return this;
    }

    App build(BotConfig config) {
      return new App(this, config);
    }
  }
}
