package newsbot.bot.chat.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Greetings, thanks, farewells and acknowledgements around what a message asks: 你好, / 在吗? /
 * 好的, at the start, 谢谢 and 拜拜 at either end, 哈哈 at the end. What they wrap is the message's real content, which
 * always wins over them. Expects text normalised by {@code MessageText}.
 */
final class SocialPhrases {

  private static final String SEP = "[\\s,.!?~、。;:…—\\-]";
  private static final String FILL = "(?:[呀啊哦噢嘛啦哇]|哈(?=" + SEP + "|$))";
  private static final String GREETING = "(?:你们好|你好|您好|大家好|早上好|上午好|中午好|下午好|晚上好|"
      + "早安|午安|早(?=[\\s,.!~]|$)|哈喽|哈啰|哈罗|嗨|在吗|在么|在嘛|在不在|有人在吗|有人吗|有人么|你号|泥嚎|尼好|你hao|ni ?hao|"
      + "hello|hallo|helo|hey|hi|yo)(?![a-z])(?:\\s?(?:小助手|助手|机器人|小编|bot|同学|老师))?";
  private static final String THANKS = "(?:非常|太|十分|万分|真是)?(?:谢谢|谢啦|谢了|多谢|感谢|感恩|辛苦了|"
      + "辛苦啦|辛苦|麻烦你了|麻烦了|thank you|thank u|thanks|thx|3q|ty|xiexie)(?![a-z])"
      + "(?:你们|你|您|大家)?(?:的(?:回答|回复|解答|帮助)|告诉我(?:这些)?|帮忙|解答)?"
      + "(?:了|啦|哈|呀|啊|哦|喔)*";
  private static final String ACK = "(?:okay|okk|ok|好的|好吧|好滴|好哒|好嘞|好|行吧|那行|行|嗯+|恩+|哦+|噢+|喔+|收到|"
      + "明白了|明白|知道了|懂了|了解了|了解|可以|不错|厉害|很棒|真棒|棒|赞|牛|666+|哈{2,}|h{2,}|嘿嘿|嘻嘻|"
      + "呵呵|lol)";
  private static final String FAREWELL = "(?:拜拜|拜了|再见|再会|回头见|下次见|晚安|先这样|就这样吧|"
      + "bye-?bye|bye|see you)(?![a-z])";
  /** An acknowledgement or thanks ends at a separator, a particle or the next social phrase. */
  private static final String END = "(?=" + SEP + "|" + FILL + "|$|" + ACK + "|" + THANKS + "|"
      + GREETING + "|" + FAREWELL + ")";
  private static final Pattern LEADING = Pattern.compile("^(?:(?<greeting>" + GREETING + ")"
      + "|(?<thanks>" + THANKS + ")" + END + "|(?<farewell>" + FAREWELL + ")" + END
      + "|(?<ack>" + ACK + ")" + END + ")"
      + "(?:" + SEP + "|" + FILL + ")*", Pattern.CASE_INSENSITIVE);
  /** Thanks or laughter at the end; a question mark before them stays with the question. */
  private static final Pattern TRAILING = Pattern.compile("[\\s,.~、。;:…—\\-]*(?:(?<thanks>" + THANKS
      + ")|(?<farewell>" + FAREWELL + ")|(?<laugh>哈{2,}|h{3,}|嘿嘿|嘻嘻))(?:" + SEP + "|" + FILL
      + ")*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORDLESS = Pattern.compile("[^\\p{L}\\p{N}]*");

  /**
   * A message without its social phrases.
   *
   * @param core what is left, stripped; "" when the message was only social phrases
   */
  record Stripped(String core, boolean greeted, boolean thanked, boolean acknowledged,
      boolean leaving) {

    /** The intent of a message that is nothing but social phrases; null when it has content. */
    Intent socialIntent() {
      if (!WORDLESS.matcher(core).matches()) {
        return null;
      }
      if (!thanked && !greeted && !acknowledged && core.contains("?")) {
        return Intent.ABOUT_BOT; // ??? from someone unsure what to send: what the bot does
      }
      return thanked ? Intent.THANKS : leaving ? Intent.FAREWELL
          : greeted ? Intent.GREETING : Intent.ACKNOWLEDGEMENT;
    }
  }

  private SocialPhrases() {}

  static Stripped strip(String text) {
    String s = text.strip();
    boolean greeted = false;
    boolean thanked = false;
    boolean acknowledged = false;
    boolean leaving = false;
    for (String before = null; !s.equals(before); ) {
      before = s;
      Matcher lead = LEADING.matcher(s);
      if (!s.isEmpty() && lead.lookingAt()) {
        greeted |= lead.group("greeting") != null;
        thanked |= lead.group("thanks") != null;
        acknowledged |= lead.group("ack") != null;
        leaving |= lead.group("farewell") != null;
        s = s.substring(lead.end()).strip();
      }
      Matcher trail = TRAILING.matcher(s);
      if (!s.isEmpty() && trail.find()) {
        thanked |= trail.group("thanks") != null;
        acknowledged |= trail.group("laugh") != null;
        leaving |= trail.group("farewell") != null;
        s = s.substring(0, trail.start()).strip();
      }
    }
    return new Stripped(s, greeted, thanked, acknowledged, leaving);
  }
}
