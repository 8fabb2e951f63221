package newsbot.bot.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The 👍/👎 under a reply to a reader's question: the inline keyboard, whose callback data names
 * the question and the vote ({@code v:<id>:+} or {@code v:<id>:-}), and a press of it, which is
 * handed to {@link ChatService#vote}, acknowledged, and takes the buttons away unless they stay
 * for the asker (someone else pressed them in a group).
 */
final class TelegramVerdicts {

  private static final Logger LOG = LoggerFactory.getLogger(TelegramVerdicts.class);
  private static final Pattern DATA = Pattern.compile("v:([1-9][0-9]{0,17}):([+-])");
  static final String UNKNOWN = "这个按钮已失效。";

  private final TelegramClient client;
  private final ChatService chat;

  TelegramVerdicts(TelegramClient client, ChatService chat) {
    this.client = client;
    this.chat = chat;
  }

  /** The two buttons for a vote on the question {@code questionId}. */
  static InlineKeyboardMarkup keyboard(long questionId) {
    return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(
        InlineKeyboardButton.builder().text("👍 有帮助").callbackData("v:" + questionId + ":+")
            .build(),
        InlineKeyboardButton.builder().text("👎 没帮上").callbackData("v:" + questionId + ":-")
            .build())).build();
  }

  /** A reader pressed a button: anything but a vote of ours is answered and ignored. */
  void pressed(CallbackQuery press) {
    Matcher vote = DATA.matcher(String.valueOf(press.getData()));
    MaybeInaccessibleMessage message = press.getMessage();
    if (!vote.matches() || message == null || press.getFrom() == null) {
      answer(press.getId(), UNKNOWN);
      return;
    }
    String chatId = String.valueOf(message.getChatId());
    ChatService.Verdict verdict = chat.vote(Channel.TELEGRAM,
        String.valueOf(press.getFrom().getId()), chatId, Long.parseLong(vote.group(1)),
        vote.group(2).equals("+"));
    answer(press.getId(), verdict.text());
    if (!verdict.open()) {
      removeButtons(chatId, message.getMessageId());
    }
  }

  private void answer(String pressId, String text) {
    try {
      client.execute(AnswerCallbackQuery.builder().callbackQueryId(pressId).text(text).build());
    } catch (TelegramApiRequestException e) {
      LOG.warn("answerCallbackQuery failed: {} {}", e.getErrorCode(), e.getApiResponse());
    } catch (TelegramApiException e) {
      LOG.warn("answerCallbackQuery failed", e);
    }
  }

  /** No reply_markup: Telegram takes the keyboard off the message. */
  private void removeButtons(String chatId, Integer messageId) {
    try {
      client.execute(EditMessageReplyMarkup.builder().chatId(chatId).messageId(messageId).build());
    } catch (TelegramApiRequestException e) {
      // "message is not modified" when a stale or forged press finds the buttons already gone
      LOG.info("editMessageReplyMarkup refused: {} {}", e.getErrorCode(), e.getApiResponse());
    } catch (TelegramApiException e) {
      LOG.warn("editMessageReplyMarkup failed", e);
    }
  }
}
