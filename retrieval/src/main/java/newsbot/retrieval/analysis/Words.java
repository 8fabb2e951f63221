package newsbot.retrieval.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Dictionary words of a message with where they stand in it (SmartChineseAnalyzer with no stop
 * words: punctuation and function words are kept for the caller to judge). A space ends a word:
 * the analyzer reads past it, so 平湖有 所大学 (a question word taken out) would give 有所, a word
 * the message never held. Thread-safe.
 */
public final class Words {

  /** A word and its character offsets in the text, end exclusive. */
  public record Word(String text, int start, int end) {}

  private static final Analyzer ANALYZER = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

  private Words() {}

  public static List<Word> of(String text) {
    List<Word> out = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        addSplitAtSpaces(text, term.toString(), offset.startOffset(), offset.endOffset(), out);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut " + text.length() + " characters into words", e);
    }
    return out;
  }

  /**
   * The word, or where it spans a space, each part of it the text holds between spaces: as the
   * text writes it, where a whole word is the analyzer's (lower-cased; callers lower-case first).
   */
  private static void addSplitAtSpaces(String text, String word, int start, int end,
      List<Word> out) {
    if (text.substring(start, end).chars().noneMatch(Character::isWhitespace)) {
      out.add(new Word(word, start, end));
      return;
    }
    int i = start;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int partStart = i;
      while (i < end && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > partStart) {
        out.add(new Word(text.substring(partStart, i), partStart, i));
      }
    }
  }
}
