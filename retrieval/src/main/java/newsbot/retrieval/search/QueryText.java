package newsbot.retrieval.search;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prepares a question for keyword matching: question words (多少, 哪些, 是谁 …) and punctuation say
 * what kind of answer is wanted, not what it is about, so they only add noise to BM25; the
 * English abbreviations readers type for terms the paper writes in Chinese (gdp for 生产总值) are
 * written as the paper writes them. The dense side gets the question as asked.
 */
public final class QueryText {

  private static final Pattern QUESTION_WORDS = Pattern.compile(
      "多少|几个|几家|几年|哪些|哪个|哪里|哪儿|哪所|哪家|哪一年|哪年|什么时候|什么|怎么样|怎么|怎样|如何|"
          + "为什么|是谁|谁|是否|有没有|吗|呢|吧|请问|一下|告诉我|干嘛|干吗|干啥|做啥|搞啥|咋样|啥样");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Abbreviations and the paper's words for them (a Chinese paper writes 生产总值, not GDP). */
  private static final Map<String, String> ABBREVIATIONS = Map.of(
      "gdp", "生产总值", "cpi", "居民消费价格", "ppi", "工业生产者出厂价格", "ai", "人工智能");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?<![A-Za-z])(?i:gdp|cpi|ppi|ai)(?![A-Za-z])");

  private QueryText() {}

  public static String forKeywords(String question) {
    String q = QUESTION_WORDS.matcher(question).replaceAll(" ");
    q = ABBREVIATION.matcher(q).replaceAll(
        m -> " " + ABBREVIATIONS.get(m.group().toLowerCase(Locale.ROOT)) + " ");
    return SPACES.matcher(PUNCTUATION.matcher(q).replaceAll(" ")).replaceAll(" ").strip();
  }
}
