package newsbot.bot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.bot.chat.Reply;
import newsbot.bot.render.HtmlRenderer;
import newsbot.bot.render.MessageSplitter;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Telegram through long polling: translates updates into {@link Incoming} and replies into
 * HTML messages, nothing more. Updates are handled on this channel's own executor (the library's
 * single-thread consumer shares a static non-daemon one); sending honours 429 retry_after; an
 * uploaded document is downloaded from {@code {api-url}/file/bot{token}/{path}}, since the
 * library's file URL ignores a custom API URL. The token is never logged.
 */
public final class TelegramChannel implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);
  /** Telegram's limit for one message. */
  public static final int MAX_MESSAGE = 4096;
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
  private final int pollTimeoutSeconds;
  private TelegramBotsLongPollingApplication application;

  public TelegramChannel(String token, URI apiUrl, ChatService chat, HtmlRenderer renderer,
      int pollTimeoutSeconds) {
    this.token = token;
    this.apiUrl = apiUrl;
    this.chat = chat;
    this.renderer = renderer;
    this.pollTimeoutSeconds = pollTimeoutSeconds;
    // a long poll holds the request open for pollTimeoutSeconds: read longer than that
    this.http = new OkHttpClient.Builder()
        .readTimeout(java.time.Duration.ofSeconds(pollTimeoutSeconds + 15L))
        .callTimeout(java.time.Duration.ofSeconds(pollTimeoutSeconds + 30L))
        .build();
    this.client = new OkHttpTelegramClient(http, token, telegramUrl(apiUrl));
    this.handlers = Executors.newFixedThreadPool(4, daemon("telegram-handler"));
    this.polling = Executors.newSingleThreadScheduledExecutor(daemon("telegram-polling"));
  }

  static TelegramUrl telegramUrl(URI api) {
    int port = api.getPort() > 0 ? api.getPort() : "https".equals(api.getScheme()) ? 443 : 80;
    return new TelegramUrl(api.getScheme(), api.getHost(), port, false);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  /** Registers the bot (the library calls deleteWebhook first) and starts polling. */
  public void start() throws TelegramApiException {
    application = new TelegramBotsLongPollingApplication(
        com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> polling);
    LongPollingUpdateConsumer consumer = this::consume;
    application.registerBot(token, () -> telegramUrl(apiUrl),
        last -> GetUpdates.builder().offset(last + 1).limit(100).timeout(pollTimeoutSeconds).build(),
        consumer);
    LOG.info("Telegram long polling started against {}://{}", apiUrl.getScheme(), apiUrl.getHost());
  }

  private void consume(List<Update> updates) {
    for (Update update : updates) {
      handlers.submit(() -> handle(update));
    }
  }

  private void handle(Update update) {
    if (!update.hasMessage()) {
      return;
    }
    Message m = update.getMessage();
    if (m.getFrom() == null) {
      return;
    }
    String userId = String.valueOf(m.getFrom().getId());
    String chatId = String.valueOf(m.getChatId());
    Incoming in;
    if (m.hasDocument()) {
      Document d = m.getDocument();
      long size = d.getFileSize() == null ? 0 : d.getFileSize();
      in = new Incoming(Channel.TELEGRAM, userId, chatId, m.getCaption(),
          new Incoming.Upload(d.getFileName(), size, () -> download(d.getFileId())));
    } else if (m.hasText()) {
      in = Incoming.text(Channel.TELEGRAM, userId, chatId, m.getText());
    } else {
      in = Incoming.text(Channel.TELEGRAM, userId, chatId, "");
    }
    send(chatId, chat.handle(in));
  }

  private byte[] download(String fileId) {
    try {
      String path = client.execute(new GetFile(fileId)).getFilePath();
      Request request = new Request.Builder()
          .url(apiUrl.toString().replaceAll("/+$", "") + "/file/bot" + token + "/" + path).build();
      try (Response response = http.newCall(request).execute()) {
        ResponseBody body = response.body();
        if (!response.isSuccessful() || body == null) {
          throw new IOException("file download answered HTTP " + response.code());
        }
        return body.bytes();
      }
    } catch (TelegramApiException e) {
      throw new UncheckedIOException(new IOException("getFile failed: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a reply, split into messages of at most 4096 characters. */
  public void send(String chatId, Reply reply) {
    for (String part : MessageSplitter.split(renderer.render(reply), MAX_MESSAGE)) {
      sendOne(chatId, part);
    }
  }

  private void sendOne(String chatId, String html) {
    SendMessage message = SendMessage.builder().chatId(chatId).text(html)
        .parseMode(ParseMode.HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
        .build();
    for (int attempt = 1; attempt <= MAX_SEND_ATTEMPTS; attempt++) {
      try {
        client.execute(message);
        return;
      } catch (TelegramApiRequestException e) {
        Integer retryAfter = e.getParameters() != null ? e.getParameters().getRetryAfter() : null;
        if (e.getErrorCode() != null && e.getErrorCode() == 429 && retryAfter != null
            && attempt < MAX_SEND_ATTEMPTS) {
          int wait = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, retryAfter));
          LOG.info("Telegram asked to retry after {} s", wait);
          sleep(wait);
          continue;
        }
        LOG.warn("sendMessage failed: {} {}", e.getErrorCode(), e.getMessage());
        return;
      } catch (TelegramApiException e) {
        LOG.warn("sendMessage failed: {}", e.getMessage());
        return;
      }
    }
  }

  private static void sleep(int seconds) {
    try {
      TimeUnit.SECONDS.sleep(seconds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws Exception {
    if (application != null) {
      application.close();
    }
    handlers.shutdownNow();
    polling.shutdownNow();
  }

  @Override
  public String toString() {
    return "TelegramChannel[" + apiUrl.getHost() + "]"; // never the token
  }
}
