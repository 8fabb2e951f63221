package newsbot.retrieval.index;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Chinese analysis chains this index can use, one factory for indexing and querying alike.
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

  /** A new analyzer (analyzers hold per-thread state; share one per index writer or searcher). */
  public Analyzer analyzer() {
    return switch (this) {
      case UNIGRAM -> new StandardAnalyzer();
      case BIGRAM -> bigrams(false);
      case BIGRAM_UNIGRAM -> bigrams(true);
      case SMARTCN -> new SmartChineseAnalyzer();
    };
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
