package newsbot.retrieval.query;

import java.util.regex.Pattern;

/**
 * The words that make a message a question (多少, 谁, 哪里, 什么时候, 吗 …) and the polite fillers
 * around them (请问, 一下, 我想知道 …). They say what kind of answer is wanted, not what it is
 * about. A question mark, full width or not, asks too; 么 asks only at the end (在么, not 那么).
 */
public final class QuestionWords {

  /** Longest first, so 什么时候 goes before 什么 and 多少钱 before 多少. */
  private static final String ASKING = "多少钱|多少|多久|多长时间|多大|多高|多远|多长|几点|几号|几月|几天|几个|"
      + "几家|几年|几次|几岁|几|哪里|哪儿|哪天|哪年|哪些|哪个|哪位|哪家|哪|什么时候|什么|啥时候|啥|"
      + "怎么样|怎么办|怎么|怎样|咋样|咋办|咋|如何|为什么|为啥|为何|是谁|谁|是否|有没有|有木有|是不是|"
      + "能不能|会不会|可不可以|要不要|能否|可否|吗|呢|么(?=$|[\\p{P}\\s])";
  private static final Pattern ASKS = Pattern.compile(ASKING + "|\\?|？");
  private static final Pattern WORDS = Pattern.compile(ASKING);
  private static final Pattern FILLERS = Pattern.compile(
      "请问|请教|麻烦问一下|麻烦问下|麻烦|问一下|问下|我想知道|想知道|我想问|想问|告诉我|帮我|给我|一下|请|"
          + "是真的|真的假的|听说|据说");

  private QuestionWords() {}

  /** Whether the text asks something: a question word or a question mark. */
  public static boolean asks(String text) {
    return ASKS.matcher(text).find();
  }

  /** The text with question words and polite fillers replaced by spaces. */
  public static String strip(String text) {
    return WORDS.matcher(FILLERS.matcher(text).replaceAll(" ")).replaceAll(" ");
  }
}
