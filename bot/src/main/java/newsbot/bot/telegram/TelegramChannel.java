package newsbot.bot.telegram;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.bot.chat.Reply;
import newsbot.bot.render.HtmlRenderer;
import newsbot.bot.render.MessageSplitter;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Telegram through long polling: translates updates into {@link Incoming} and replies into
 * HTML messages, nothing more; a reply a reader may vote on carries the {@link TelegramVerdicts}
 * buttons, and their presses (callback queries) go there. Starting never fails the caller: getMe (the bot's username, for
 * group mentions) and the registration (the library calls deleteWebhook first) run on this
 * channel's own thread and are retried with a {@link Backoff} until they succeed, while
 * {@link #status()} says why not. Updates are handled on this channel's own executor (the
 * library's single-thread consumer shares a static non-daemon one). The token is never logged.
 */
public final class TelegramChannel implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
  /** Telegram's limit for one message. */
  public static final int MAX_MESSAGE = 4096;
  private static final String NAME = "telegram";
  private static final int MAX_SEND_ATTEMPTS = 4;
  private static final int MAX_RETRY_AFTER_SECONDS = 60;

  private final String token;
  private final URI apiUrl;
  private final ChatService chat;
  private final HtmlRenderer renderer;
  private final OkHttpClient http;
  private final OkHttpTelegramClient client;
  private final ExecutorService handlers;
  private final ScheduledExecutorService polling;
  private final ScheduledExecutorService timers;
  private final TelegramSender sender;
  private final TelegramFiles files;
  private final TelegramVerdicts verdicts;
  private final int pollTimeoutSeconds;
  private final Backoff backoff;
  private volatile ChannelStatus status = ChannelStatus.off(NAME);
  private volatile Addressed.Bot bot;
  private TelegramBotsLongPollingApplication application;
  private int failures;
  private boolean closed;

  public TelegramChannel(String token, URI apiUrl, ChatService chat, HtmlRenderer renderer,
      int pollTimeoutSeconds, Backoff backoff) {
    this.token = token;
    this.apiUrl = apiUrl;
    this.chat = chat;
    this.renderer = renderer;
    this.pollTimeoutSeconds = pollTimeoutSeconds;
    this.backoff = backoff;
    // a long poll holds the request open for pollTimeoutSeconds: read longer than that
    this.http = new OkHttpClient.Builder()
        .readTimeout(Duration.ofSeconds(pollTimeoutSeconds + 15L))
        .callTimeout(Duration.ofSeconds(pollTimeoutSeconds + 30L))
        .build();
    this.client = new OkHttpTelegramClient(http, token, telegramUrl(apiUrl));
    this.handlers = Executors.newFixedThreadPool(4, daemon("telegram-handler"));
    this.polling = Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling"));
    this.timers = Executors.newScheduledThreadPool(2, daemon("telegram-timer"));
    this.sender = new TelegramSender(client, timers, MAX_SEND_ATTEMPTS, MAX_RETRY_AFTER_SECONDS);
    this.files = new TelegramFiles(http, client, apiUrl, token);
    this.verdicts = new TelegramVerdicts(client, chat);
  }

  static TelegramUrl telegramUrl(URI api) {
    int port = api.getPort() > 0 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
    return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
  }

  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Starts on the channel's own thread and returns at once; see {@link #status()}. */
  public void start() {
    status = new ChannelStatus(NAME, ChannelStatus.State.STARTING, null, Instant.now());
    timers.execute(this::attempt);
  }

  /** UP, STARTING, RETRYING with the last error, or OFF once closed. */
  public ChannelStatus status() {
    return status;
  }

  private void attempt() {
    try {
      User me = client.execute(new GetMe());
      bot = new Addressed.Bot(me.getId(), me.getUserName());
      register();
    } catch (TelegramApiException | RuntimeException e) {
      retryLater(e);
    }
  }

  /** A fresh application each time: a failed registration stays registered in the old one. */
  private void register() throws TelegramApiException {
    TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(
        com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> polling);
    try {
      app.registerBot(token, () -> telegramUrl(apiUrl), last -> GetUpdates.builder()
          .offset(last + 1).limit(100).timeout(pollTimeoutSeconds)
          // named, not left out: left out, Telegram keeps whatever a previous setting excluded
          .allowedUpdates(List.of("message", "callback_query")).build(), this::consume);
    } catch (TelegramApiException | RuntimeException e) {
      closeQuietly(app);
      throw e;
    }
    synchronized (this) {
      if (closed) {
        closeQuietly(app);
        return;
      }
      application = app;
      failures = 0;
      status = new ChannelStatus(NAME, ChannelStatus.State.UP, null, Instant.now());
    }
    LOG.info("Telegram long polling started as @{} against {}://{}", bot.username(),
        apiUrl.getScheme(), apiUrl.getHost());
  }

  private synchronized void retryLater(Exception e) {
    if (closed) {
      return;
    }
    failures++;
    Duration wait = backoff.after(failures);
    String reason = reason(e);
    Instant since = status.state() == ChannelStatus.State.RETRYING ? status.since() : Instant.now();
    status = new ChannelStatus(NAME, ChannelStatus.State.RETRYING, reason, since);
    LOG.warn("Telegram did not start ({}); attempt {} failed, next in {} s", reason, failures,
        wait.toMillis() / 1000.0, e);
    try {
      timers.schedule(this::attempt, wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closing) {
      LOG.info("not retrying: the Telegram channel is closing");
    }
  }

  /** The cause for a person: the Bot API's answer, or the chain of messages; never the token. */
  private String reason(Exception e) {
    String reason;
    if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null) {
      reason = "Bot API answered " + r.getErrorCode() + " " + r.getApiResponse();
    } else {
      StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        sb.append(": ").append(c.getMessage());
      }
      reason = sb.toString();
    }
    return reason.replace(token, "<token>");
  }

  private void consume(List<Update> updates) {
    for (Update update : updates) {
      // execute, not submit: a submitted task's exception would vanish into its dropped future
      handlers.execute(() -> {
        try {
          handle(update);
        } catch (RuntimeException e) {
          LOG.error("failed to handle Telegram update {}", update.getUpdateId(), e);
        }
      });
    }
  }

  private void handle(Update update) {
    if (update.hasCallbackQuery()) {
      verdicts.pressed(update.getCallbackQuery());
      return;
    }
    if (!update.hasMessage() || update.getMessage().getFrom() == null) {
      return;
    }
    Message m = update.getMessage();
    Optional<Addressed> addressed = Addressed.of(m, bot);
    if (addressed.isEmpty()) {
      return;
    }
    String chatId = String.valueOf(m.getChatId());
    Incoming.Upload upload = null;
    if (m.hasDocument()) {
      Document d = m.getDocument();
      upload = new Incoming.Upload(d.getFileName(), d.getFileSize() == null ? 0 : d.getFileSize(),
          maxBytes -> files.download(d.getFileId(), maxBytes));
    }
    ChatService.Response response = chat.respond(new Incoming(Channel.TELEGRAM,
        String.valueOf(m.getFrom().getId()), chatId, addressed.get().text(), upload,
        addressed.get().replyTo()));
    send(chatId, response.reply(),
        response.votable() ? TelegramVerdicts.keyboard(response.questionId()) : null);
  }

  /** Sends a reply, split into messages of at most 4096 characters. */
  public void send(String chatId, Reply reply) {
    send(chatId, reply, null);
  }

  private void send(String chatId, Reply reply, InlineKeyboardMarkup buttons) {
    sender.send(chatId, MessageSplitter.split(renderer.render(reply), MAX_MESSAGE), buttons);
  }

  private static void closeQuietly(TelegramBotsLongPollingApplication app) {
    try {
      app.close();
    } catch (Exception e) {
      LOG.debug("closing a failed Telegram registration: {}", e.toString());
    }
  }

  @Override
  public void close() {
    TelegramBotsLongPollingApplication app;
    synchronized (this) {
      closed = true;
      status = ChannelStatus.off(NAME);
      app = application;
    }
    timers.shutdownNow();
    if (app != null) {
      try {
        app.close();
      } catch (Exception e) {
        LOG.warn("closing the Telegram long-polling application failed", e);
      }
    }
    handlers.shutdownNow();
    polling.shutdownNow();
  }

  @Override
  public String toString() {
    return "TelegramChannel[" + apiUrl.getHost() + "]"; // never the token
  }
}
