package newsbot.bot.chat.understand;

import java.util.regex.Pattern;

/**
 * An age question about a kind of person (小孩几岁可以办, 老人多大能办) answered by an age that
 * everyone from it meets (年满6周岁的市民均可办理): the rule names no 小孩 or 老人, yet it answers
 * for them, as it does for any citizen. Such a message's person word is then no word the answer
 * must print ({@link AddedWords}); every other word it adds still is. An age printed for one kind
 * of person only (60周岁以上老人) is no such rule. Stateless.
 */
public final class AgeQuestions {

  /** How old, asked: 几岁, 多大, 多少岁, 年龄, 岁数. */
  private static final Pattern ASKS_AGE = Pattern.compile("几岁|几周岁|多大|多少岁|年龄|岁数");
  /**
   * An age that everyone from it meets: 年满6周岁的市民, 18周岁以上的居民, 年满6周岁即可; not one
   * for a kind of person (年满50周岁的退休人员).
   */
  private static final Pattern AGE_FOR_EVERYONE = Pattern.compile(
      "(?:年满)?\\d+周?岁(?:及)?(?:以上)?的?(?:市民|居民|公民|群众|读者|人群)|年满\\d+周?岁(?:即可|均可|都可)");
  /** Kinds of person an age question asks about. */
  private static final Pattern KIND_OF_PERSON = Pattern.compile(
      "小朋友|小孩子?|孩子|儿童|少儿|宝宝|未成年人|青少年|中小学生|小学生|中学生|学生|老年人|老人家?|"
          + "大人|成年人|成人");

  private AgeQuestions() {}

  /**
   * The message without the kind of person it asks the age of, when the quoted answer states an
   * age that everyone from it meets; the message unchanged otherwise.
   */
  public static String withoutAskedPerson(String message, String quoted) {
    if (!ASKS_AGE.matcher(message).find() || !AGE_FOR_EVERYONE.matcher(quoted).find()) {
      return message;
    }
    return KIND_OF_PERSON.matcher(message).replaceAll("");
  }
}
