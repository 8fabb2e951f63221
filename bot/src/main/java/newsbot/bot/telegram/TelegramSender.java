package newsbot.bot.telegram;

import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends the parts of a reply in order, as HTML with link previews off. A 429 does not hold the
 * calling thread: the rest of the reply is scheduled after Telegram's retry_after, a bounded
 * number of times; a reply Telegram wants us to hold for longer than {@code maxRetryAfterSeconds}
 * is dropped, since sending it sooner would only be refused again.
 */
final class TelegramSender {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramSender.class);

  private final TelegramClient client;
  private final ScheduledExecutorService timers;
  private final int maxAttempts;
  private final int maxRetryAfterSeconds;

  TelegramSender(TelegramClient client, ScheduledExecutorService timers, int maxAttempts,
      int maxRetryAfterSeconds) {
    this.client = client;
    this.timers = timers;
    this.maxAttempts = maxAttempts;
    this.maxRetryAfterSeconds = maxRetryAfterSeconds;
  }

  /** Sends the parts from the first; returns once they are sent or their retry is scheduled. */
  void send(String chatId, List<String> parts) {
    sendFrom(chatId, List.copyOf(parts), 0, 1);
  }

  private void sendFrom(String chatId, List<String> parts, int first, int attempt) {
    for (int i = first; i < parts.size(); i++) {
      try {
        client.execute(message(chatId, parts.get(i)));
        attempt = 1;
      } catch (TelegramApiRequestException e) {
        Integer retryAfter = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        if (e.getErrorCode() == null || e.getErrorCode() != 429 || retryAfter == null) {
          LOG.warn("sendMessage failed: {} {}; {} of {} parts not sent", e.getErrorCode(),
              e.getApiResponse(), parts.size() - i, parts.size());
          return;
        }
        if (attempt >= maxAttempts || retryAfter > maxRetryAfterSeconds) {
          LOG.warn("sendMessage still refused after {} attempts (retry after {} s); {} of {} parts"
              + " not sent", attempt, retryAfter, parts.size() - i, parts.size());
          return;
        }
        schedule(chatId, parts, i, attempt + 1, Math.max(1, retryAfter));
        return;
      } catch (TelegramApiException e) {
        LOG.warn("sendMessage failed; {} of {} parts not sent", parts.size() - i, parts.size(), e);
        return;
      }
    }
  }

  private void schedule(String chatId, List<String> parts, int from, int attempt, int seconds) {
    LOG.info("Telegram asked to retry after {} s", seconds);
    try {
      timers.schedule(() -> sendFrom(chatId, parts, from, attempt), seconds, TimeUnit.SECONDS);
    } catch (RejectedExecutionException closing) {
      LOG.info("not retrying: the Telegram channel is closing");
    }
  }

  private static SendMessage message(String chatId, String html) {
    return SendMessage.builder().chatId(chatId).text(html).parseMode(ParseMode.HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
        .build();
  }
}
