package newsbot.retrieval.answer;

/** What is wrong with a question before any search: empty, too long, or no words at all. */
public final class QuestionCheck {
  private QuestionCheck() {}

  /** A sentence for the asker, or null when the question can be searched. */
  public static String problem(String question, int maxChars) {
    if (question == null || question.isBlank()) {
      return "请输入要问的问题,例如:平湖跨境电商2027年的目标是多少?";
    }
    int length = question.codePointCount(0, question.length());
    if (length > maxChars) {
      return "问题太长了(" + length + "字),请控制在" + maxChars + "字以内,只问一件事。";
    }
    boolean hasWord = question.codePoints().anyMatch(Character::isLetterOrDigit);
    if (!hasWord) {
      return "没有看懂这个问题,请用文字提问,例如:平湖跨境电商2027年的目标是多少?";
    }
    return null;
  }
}
