package newsbot.retrieval.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Chinese analysis chains the passage stores use, one definition for indexing and querying
 * alike: the embedded index builds its fields with {@link #analyzer()}, the Solr configset declares
 * the same chains, and a query is cut into terms in-process with {@link #terms} for either.
 *
 * <ul>
 *   <li>{@link #UNIGRAM}: Lucene's StandardAnalyzer, which cuts Han text into single characters
 *       (what a default Lucene setup does: the baseline);
 *   <li>{@link #BIGRAM}: overlapping character bigrams (CJKBigramFilter), the classic choice for
 *       Chinese retrieval without a dictionary;
 *   <li>{@link #BIGRAM_UNIGRAM}: bigrams plus unigrams, so one-character words still match;
 *   <li>{@link #SMARTCN}: dictionary word segmentation (SmartChineseAnalyzer, HMM).
 * </ul>
 */
public enum ChineseAnalysis {
  UNIGRAM,
  BIGRAM,
  BIGRAM_UNIGRAM,
  SMARTCN;

  /** One shared analyzer per chain for {@link #terms} (analyzers reuse per-thread state). */
  private Analyzer shared;

  /** A new analyzer (analyzers hold per-thread state; share one per index writer or searcher). */
  public Analyzer analyzer() {
    return switch (this) {
      case UNIGRAM -> new StandardAnalyzer();
      case BIGRAM -> bigrams(false);
      case BIGRAM_UNIGRAM -> bigrams(true);
      case SMARTCN -> new SmartChineseAnalyzer();
    };
  }

  /** The terms this chain makes of a text, in order (repeats kept). */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = shared().tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return out;
  }

  private synchronized Analyzer shared() {
    if (shared == null) {
      shared = analyzer();
    }
    return shared;
  }

  /** The suffix of the fields this analysis fills: text_bigram, title_smartcn, … */
  public String suffix() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static Analyzer bigrams(boolean unigrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
      }
    };
  }
}
