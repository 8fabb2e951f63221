package newsbot.bot;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Reply;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.ConfigException;
import newsbot.bot.config.Newsroom;
import newsbot.bot.http.AnswerQueue;
import newsbot.bot.http.WebServer;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.render.HtmlRenderer;
import newsbot.bot.render.MarkdownRenderer;
import newsbot.bot.schedule.DigestScheduler;
import newsbot.bot.schedule.NewsroomScheduler;
import newsbot.bot.store.Store;
import newsbot.bot.telegram.Backoff;
import newsbot.bot.telegram.ChannelStatus;
import newsbot.bot.telegram.TelegramChannel;
import newsbot.bot.wecom.WecomApi;
import newsbot.bot.wecom.WecomChannel;
import newsbot.bot.wecom.WecomCrypto;
import newsbot.bot.wecom.WecomOutbox;
import newsbot.bot.wecom.WecomRobot;
import newsbot.bot.wecom.WecomRobotOutbox;
import newsbot.retrieval.NewsLibrary;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of the composition root that builds the {@code serve} process: the store and the
 * question log, the web server, the channels (Telegram, WeCom, the group robot) and the
 * schedulers, over the services {@link Wiring} makes. Only {@link Wiring#app} uses it.
 */
final class ProcessWiring {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessWiring.class);

  /** The store's channel key for the WeCom group robot's daily digest. */
  static final String ROBOT_CHANNEL = "wecom-robot";

  private final Wiring wiring;
  private final BotConfig config;

  ProcessWiring(Wiring wiring) {
    this.wiring = wiring;
    this.config = wiring.config();
  }

  /** "up", "starting", or "retrying since 10:20:00Z: Unauthorized". */
  private static String describe(ChannelStatus s) {
    String state = s.state().name().toLowerCase(java.util.Locale.ROOT);
    return s.lastError() == null ? state : state + " since " + s.since() + ": " + s.lastError();
  }

  /** The bot process over an open library; {@link App#start()} runs it. */
  App app(NewsLibrary library, Clock scheduleClock) throws SQLException {
    App.Builder b = new App.Builder(library);
    Store store = Store.open(wiring.dataFolder().resolve("newsbot.db"));
    b.closeLast(store);
    QuestionLog log = wiring.questionLog();
    if (log != null) {
      b.closeLast(log);
    }
    ChatService chat = wiring.chatService(library, store, log);
    chat.addChannel("web", () -> "up");
    String paper = wiring.paper();
    WebServer web = new WebServer(library, chat, new HtmlRenderer(paper, true), config.links(),
        paper, config.http(), AnswerQueue.perCore());
    b.web(web).chat(chat).warmUp(new AnswerWarmUp(chat, library, 3));
    Map<String, BiConsumer<String, Reply>> outboxes = new HashMap<>();
    if (config.telegram().enabled()) {
      BotConfig.Telegram t = config.telegram();
      TelegramChannel telegram = new TelegramChannel(t.token(), t.apiUrl(), chat,
          new HtmlRenderer(paper, config.http().publicBaseUrlConfigured()), t.pollSeconds(),
          new Backoff(Duration.ofSeconds(t.retrySeconds()),
              Duration.ofSeconds(t.retryMaxSeconds())));
      b.telegram(telegram);
      chat.addChannel("telegram", () -> describe(telegram.status()));
      outboxes.put(Channel.TELEGRAM.key(), telegram::send);
    }
    OkHttpClient http = new OkHttpClient();
    wecom(store, chat, http, web, outboxes, b);
    b.scheduler(new DigestScheduler(store, library, wiring.digester(), outboxes, scheduleClock));
    if (log != null) {
      b.newsroom(newsroomScheduler(log, store, library, outboxes, scheduleClock));
    }
    return b.build(config);
  }

  private NewsroomScheduler newsroomScheduler(QuestionLog log, Store store, NewsLibrary library,
      Map<String, BiConsumer<String, Reply>> outboxes, Clock clock) {
    Newsroom n = config.newsroom();
    List<NewsroomScheduler.Recipient> to = new ArrayList<>();
    if (n.weekly()) {
      recipients(to, Channel.TELEGRAM.key(), config.telegram().admins(), outboxes);
      recipients(to, Channel.WECOM.key(), config.wecom().admins(), outboxes);
      recipients(to, ROBOT_CHANNEL, Set.of("group"), outboxes);
      LOG.info("newsroom report weekly on {} at {} to {} chats", n.weeklyDay(), n.weeklyTime(),
          to.size());
    }
    return new NewsroomScheduler(log, store, wiring.reportMaker(log, library), to,
        n.weekly() ? new NewsroomScheduler.Weekly(n.weeklyDay(), n.weeklyTime()) : null, clock);
  }

  /** An admin's private chat has the admin's id in Telegram and WeCom alike. */
  private static void recipients(List<NewsroomScheduler.Recipient> to, String channel,
      Set<String> chats, Map<String, BiConsumer<String, Reply>> outboxes) {
    BiConsumer<String, Reply> outbox = outboxes.get(channel);
    if (outbox != null) {
      chats.forEach(c -> to.add(new NewsroomScheduler.Recipient(channel, c, outbox)));
    }
  }

  private void wecom(Store store, ChatService chat, OkHttpClient http, WebServer web,
      Map<String, BiConsumer<String, Reply>> outboxes, App.Builder b) throws SQLException {
    BotConfig.Wecom w = config.wecom();
    if (w.enabled()) {
      WecomCrypto crypto;
      try {
        crypto = new WecomCrypto(w.token(), w.aesKey(), w.corpId());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("NEWSBOT_WECOM_AES_KEY: " + e.getMessage());
      }
      WecomApi api = new WecomApi(http, w.apiUrl(), w.corpId(), w.secret(),
          w.agentId().isBlank() ? 0 : Integer.parseInt(w.agentId()), Clock.systemUTC());
      WecomOutbox outbox = new WecomOutbox(api, wiring.textRenderer(),
          Duration.ofMillis(w.retryBaseMillis()));
      b.closeFirst(outbox);
      new WecomChannel(crypto, outbox, store, chat, Clock.systemUTC(), w.maxAgeSeconds(),
          w.agentId()).register(web.app());
      outboxes.put(Channel.WECOM.key(), outbox);
      chat.addChannel("wecom", () -> "up");
      LOG.info("WeCom callback at {}", WecomChannel.PATH);
    }
    if (w.robotEnabled()) {
      store.subscribe(new Store.Subscription(ROBOT_CHANNEL, "group", "config", w.robotTime()));
      outboxes.put(ROBOT_CHANNEL, new WecomRobotOutbox(new WecomRobot(http, w.robotWebhook()),
          new MarkdownRenderer(wiring.paper(), config.http().publicBaseUrlConfigured()),
          wiring.textRenderer()));
      LOG.info("WeCom group robot digest daily at {}", w.robotTime());
    }
  }
}
