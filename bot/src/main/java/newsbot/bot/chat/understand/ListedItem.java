package newsbot.bot.chat.understand;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.query.MessageText;

/**
 * A message that points at an article of the list the bot just sent (第二条详细说说, 第3篇讲的啥,
 * 第一个): its place in that list, counted from 1. An edition's digest and a topic's overview are
 * such lists. Stateless.
 */
public final class ListedItem {

  private static final Pattern ORDINAL = Pattern.compile(
      "^(?:那个|那|这个|这)?第\\s*([一二两三四五六七八九十]{1,3}|\\d{1,2})\\s*(?:条|篇|个|则|项)"
          + "(?:新闻|报道|文章|消息)?的?(?:详细|具体|再)?"
          + "(?:说说|讲讲|说一下|讲一下|说下|讲下|介绍一下|介绍下|介绍|展开|看看|总结一下|总结|"
          + "讲的啥|说的啥|讲的什么|说的什么|讲了啥|说了啥|讲了什么|说了什么|是什么|是啥|呢)?"
          + "[吗呢吧?!.。~\\s]*$");
  private static final String DIGITS = "一二三四五六七八九";

  private ListedItem() {}

  /** The place the message points at, or empty when it points at none. */
  public static OptionalInt of(String message) {
    Matcher m = ORDINAL.matcher(MessageText.normalize(message).strip());
    if (!m.matches()) {
      return OptionalInt.empty();
    }
    int n = number(m.group(1));
    return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  /** 二 → 2, 十二 → 12, 两 → 2, 7 → 7; 0 when it is no number. */
  private static int number(String s) {
    if (Character.isDigit(s.charAt(0))) {
      return Integer.parseInt(s);
    }
    String t = s.replace('两', '二');
    int ten = t.indexOf('十');
    if (ten < 0) {
      return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) + 1 : 0;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0)) + 1;
    int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1)) + 1;
    return tens * 10 + ones;
  }
}
