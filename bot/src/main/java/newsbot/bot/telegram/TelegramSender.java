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
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends the parts of a reply in order, as HTML with link previews off, the last one with the
 * reply's buttons if it has any. A 429 does not hold the
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

  /**
   * Sends the parts from the first; returns once they are sent or their retry is scheduled.
   *
   * @param buttons for the last part, or null
   */
  void send(String chatId, List<String> parts, InlineKeyboardMarkup buttons) {
    sendFrom(new Outgoing(chatId, List.copyOf(parts), buttons), 0, 1);
  }

  /** A reply on its way: the chat, its parts, the last part's buttons (or null). */
  private record Outgoing(String chatId, List<String> parts, InlineKeyboardMarkup buttons) {}

  private void sendFrom(Outgoing out, int first, int attempt) {
    List<String> parts = out.parts();
    for (int i = first; i < parts.size(); i++) {
      try {
        client.execute(message(out.chatId(), parts.get(i),
            i == parts.size() - 1 ? out.buttons() : null));
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
        schedule(out, i, attempt + 1, Math.max(1, retryAfter));
        return;
      } catch (TelegramApiException e) {
        LOG.warn("sendMessage failed; {} of {} parts not sent", parts.size() - i, parts.size(), e);
        return;
      }
    }
  }

  private void schedule(Outgoing out, int from, int attempt, int seconds) {
    LOG.info("Telegram asked to retry after {} s", seconds);
    try {
      timers.schedule(() -> sendFrom(out, from, attempt), seconds, TimeUnit.SECONDS);
    } catch (RejectedExecutionException closing) {
      LOG.info("not retrying: the Telegram channel is closing");
    }
  }

  private static SendMessage message(String chatId, String html, InlineKeyboardMarkup buttons) {
    return SendMessage.builder().chatId(chatId).text(html).parseMode(ParseMode.HTML)
        .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
        .replyMarkup(buttons).build();
  }
}
