package newsbot.bot.telegram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.EntityType;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * What of a Telegram message is meant for the bot. In a private chat, everything. In a group the
 * bot behaves as with privacy mode on: it takes commands (not those addressed to another bot),
 * messages that mention it (@username or a text mention) with the mention taken out, and replies
 * to its own messages.
 *
 * @param text the text or caption for ChatService, mentions of the bot removed
 * @param replyTo the text of the bot's message this one replies to, or null
 */
record Addressed(String text, String replyTo) {

  /** The bot itself, as getMe describes it. */
  record Bot(long id, String username) {}

  static Optional<Addressed> of(Message m, Bot bot) {
    String text = m.hasText() ? m.getText() : m.getCaption() == null ? "" : m.getCaption();
    List<MessageEntity> entities = m.hasText() ? m.getEntities() : m.getCaptionEntities();
    Message replied = m.getReplyToMessage();
    String replyTo = replied != null && isBot(replied.getFrom(), bot)
        ? replied.hasText() ? replied.getText() : replied.getCaption() : null;
    if (!m.isGroupMessage() && !m.isSuperGroupMessage()) {
      return Optional.of(new Addressed(text, replyTo));
    }
    if (text.startsWith("/")) {
      return commandIsForUs(text, bot) ? Optional.of(new Addressed(text, replyTo)) : Optional.empty();
    }
    List<MessageEntity> mentions = entities == null ? List.of() : entities.stream()
        .filter(e -> mentions(e, text, bot)).toList();
    if (mentions.isEmpty() && replyTo == null) {
      return Optional.empty();
    }
    return Optional.of(new Addressed(without(text, mentions), replyTo));
  }

  /** /cmd and /cmd@ourbot are ours; /cmd@otherbot is not. */
  private static boolean commandIsForUs(String text, Bot bot) {
    String command = text.split("\\s", 2)[0];
    int at = command.indexOf('@');
    return at < 0 || command.substring(at + 1).equalsIgnoreCase(bot.username());
  }

  private static boolean mentions(MessageEntity e, String text, Bot bot) {
    if (e.getOffset() == null || e.getLength() == null || e.getOffset() < 0
        || e.getOffset() + e.getLength() > text.length()) {
      return false;
    }
    if (EntityType.TEXTMENTION.equals(e.getType())) {
      return isBot(e.getUser(), bot);
    }
    return EntityType.MENTION.equals(e.getType()) && text
        .substring(e.getOffset(), e.getOffset() + e.getLength()).equalsIgnoreCase("@" + bot.username());
  }

  private static boolean isBot(User user, Bot bot) {
    return user != null && user.getId() != null && user.getId() == bot.id();
  }

  /** The text with the given entities cut out, spaces tidied. Offsets count UTF-16 units. */
  private static String without(String text, List<MessageEntity> spans) {
    StringBuilder sb = new StringBuilder(text);
    List<MessageEntity> lastFirst = new ArrayList<>(spans);
    lastFirst.sort(Comparator.comparing(MessageEntity::getOffset).reversed());
    for (MessageEntity e : lastFirst) {
      sb.delete(e.getOffset(), e.getOffset() + e.getLength());
    }
    return sb.toString().replaceAll("[ \\t]{2,}", " ").strip();
  }
}
