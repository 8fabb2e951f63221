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
 * words: punctuation and function words are kept for the caller to judge). Thread-safe.
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
        out.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cut " + text.length() + " characters into words", e);
    }
    return out;
  }
}
