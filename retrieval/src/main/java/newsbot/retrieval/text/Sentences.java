package newsbot.retrieval.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into sentences. A sentence ends at 。!?; or …… (full-width or ASCII), and
 * keeps the closing quotes and brackets that follow its end mark, so “……。” stays whole. A period
 * between digits (8.6%) or a colon does not end a sentence. Every sentence is a verbatim substring
 * of the input, so a quote built from sentences is always a span of the article.
 */
public final class Sentences {

  private static final String END = "。!?\uFF01\uFF1F;\uFF1B"; // 。 ! ? ！ ？ ; ；
  private static final String CLOSERS = "”’」』)）】》\"'";

  /** Past this many characters a quotation is split at its own sentence ends. */
  static final int MAX_QUOTED_SENTENCE = 160;

  private Sentences() {}

  /** A sentence that asks (“高校毕业生创业可以享受哪些政策支持?”) rather than states. */
  public static boolean asks(String sentence) {
    return sentence.indexOf('?') >= 0 || sentence.indexOf('\uFF1F') >= 0;
  }

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    int depth = 0; // open quotes: an end mark inside a quotation does not end the sentence
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '「' || c == '『') {
        depth++;
      } else if ((c == '”' || c == '」' || c == '』') && depth > 0) {
        depth--;
      }
      boolean end = END.indexOf(c) >= 0 || (c == '…' && i + 1 < n && text.charAt(i + 1) == '…');
      if (!end) {
        continue;
      }
      int j = i + 1;
      if (c == '…') {
        j++;
      }
      while (j < n && CLOSERS.indexOf(text.charAt(j)) >= 0) {
        if (text.charAt(j) == '”' || text.charAt(j) == '」' || text.charAt(j) == '』') {
          depth = Math.max(0, depth - 1);
        }
        j++;
      }
      if (depth > 0 && j < n && j - start < MAX_QUOTED_SENTENCE) {
        i = j - 1; // still inside a quotation: “……。……。”
        continue;
      }
      if (c != '…' && j < n && j > i + 1 && opensWithQuote(text, start, i)
          && j - start < MAX_QUOTED_SENTENCE) {
        i = j - 1; // “……。”朱勤明表示,…: the speaker belongs to the quotation's sentence
        continue;
      }
      depth = 0; // an unclosed quote (OCR) must not swallow the paragraph
      add(out, text.substring(start, j));
      start = j;
      i = j - 1;
    }
    if (start < n) {
      add(out, text.substring(start));
    }
    return out;
  }

  /** True when the sentence that starts at {@code start} opens with a quote closed at/after i. */
  private static boolean opensWithQuote(String text, int start, int i) {
    int k = start;
    while (k < i && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k < i && (text.charAt(k) == '“' || text.charAt(k) == '「');
  }

  private static void add(List<String> out, String s) {
    if (!s.isBlank()) {
      out.add(s.strip());
    }
  }
}
