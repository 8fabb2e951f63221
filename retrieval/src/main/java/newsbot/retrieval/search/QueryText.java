package newsbot.retrieval.search;

import java.util.regex.Pattern;

/**
 * Prepares a question for keyword matching: question words (多少, 哪些, 是谁 …) and punctuation say
 * what kind of answer is wanted, not what it is about, so they only add noise to BM25. The dense
 * side gets the question as asked.
 */
public final class QueryText {

  private static final Pattern QUESTION_WORDS = Pattern.compile(
      "多少|几个|几家|几年|哪些|哪个|哪里|哪儿|哪所|哪家|哪一年|哪年|什么时候|什么|怎么样|怎么|怎样|如何|"
          + "为什么|是谁|谁|是否|有没有|吗|呢|吧|请问|一下|告诉我");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

  private QueryText() {}

  public static String forKeywords(String question) {
    String q = QUESTION_WORDS.matcher(question).replaceAll(" ");
    return PUNCTUATION.matcher(q).replaceAll(" ").strip();
  }
}
