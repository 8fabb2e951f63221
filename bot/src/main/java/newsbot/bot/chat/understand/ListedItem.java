package newsbot.bot.chat.understand;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.query.ChineseNumerals;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.query.QuestionWords;

/**
 * A message that points at an article of the list the bot just sent (第二条详细说说, 第3篇讲的啥,
 * 第一个), or asks about it (第一个几号开始): its place in that list, counted from 1. An edition's
 * digest and a topic's overview are such lists. Stateless.
 */
public final class ListedItem {

  private static final Pattern ORDINAL = Pattern.compile(
      "^(?:那个|那|这个|这)?第\\s*([一二两三四五六七八九十]{1,3}|\\d{1,2})\\s*(?:条|篇|个|则|项)"
          + "(?:新闻|报道|文章|消息)?的?(?:详细|具体|再)?"
          + "(?:说说|讲讲|说一下|讲一下|说下|讲下|介绍一下|介绍下|介绍|展开|看看|总结一下|总结|"
          + "讲的啥|说的啥|讲的什么|说的什么|讲了啥|说了啥|讲了什么|说了什么|是什么|是啥|呢)?"
          + "[吗呢吧?!.。~\\s]*$");

  /** 第一个几号开始, 第二条里说的补贴多少钱: a question about the article pointed at. */
  private static final Pattern ORDINAL_ASKING = Pattern.compile(
      "^(?:那个|那|这个|这)?第\\s*([一二两三四五六七八九十]{1,3}|\\d{1,2})\\s*(?:条|篇|个|则|项)"
          + "(?:新闻|报道|文章|消息|活动)?(?:的|里面|里|中)?(?:说的|讲的|提到的)?(.+)$");

  /** A question about the article at a place of the list. */
  public record Asking(int n, String question) {}

  private ListedItem() {}

  /**
   * The place the message points at and what it asks about that article (第一个几号开始 → 1,
   * 几号开始), or empty when it points at none or asks nothing ({@link #of} reads those).
   */
  public static Optional<Asking> asking(String message) {
    String text = MessageText.normalize(message);
    if (of(text).isPresent()) {
      return Optional.empty();
    }
    Matcher m = ORDINAL_ASKING.matcher(text);
    if (!m.matches() || !QuestionWords.asks(m.group(2))) {
      return Optional.empty();
    }
    int n = ChineseNumerals.parse(m.group(1));
    return n > 0 ? Optional.of(new Asking(n, m.group(2).strip())) : Optional.empty();
  }

  /** The place the message points at, or empty when it points at none. */
  public static OptionalInt of(String message) {
    Matcher m = ORDINAL.matcher(MessageText.normalize(message));
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int n = ChineseNumerals.parse(m.group(1));
    return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }
}
