package newsbot.retrieval.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.index.ChineseAnalysis;
import newsbot.retrieval.model.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Document frequencies of bigram terms over the articles of a corpus, for weighting question
 * terms: a term every article has (平湖) says little; a term no article has (地铁) says the paper
 * may not cover the question. Immutable once built; thread-safe.
 */
final class TermStats {

  private static final Analyzer BIGRAMS = ChineseAnalysis.BIGRAM.analyzer();

  private final Map<String, Integer> df;
  private final int articles;

  private TermStats(Map<String, Integer> df, int articles) {
    this.df = df;
    this.articles = articles;
  }

  static TermStats of(List<Article> corpus) {
    Map<String, Integer> df = new HashMap<>();
    for (Article a : corpus) {
      for (String t : terms(a.titleStack() + "\n" + a.text())) {
        df.merge(t, 1, Integer::sum);
      }
    }
    return new TermStats(df, corpus.size());
  }

  /** Distinct bigram terms of a text. */
  static Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = BIGRAMS.tokenStream("q", text)) {
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

  double idf(String term) {
    int n = df.getOrDefault(term, 0);
    return Math.log(1 + (articles - n + 0.5) / (n + 0.5));
  }

  /** How many articles hold the term. */
  int df(String term) {
    return df.getOrDefault(term, 0);
  }

  int articles() {
    return articles;
  }

  /** IDF-weighted share of the question's terms that the text contains. */
  double coverage(Set<String> question, Set<String> text) {
    return coverage(question, text, Set.of(), 1);
  }

  /**
   * The same, with the terms in {@code known} (the headline's, say) weighted down by
   * {@code knownWeight}: they picked the article; the answer is what the sentence adds to them.
   */
  double coverage(Set<String> question, Set<String> text, Set<String> known, double knownWeight) {
    double all = 0;
    double hit = 0;
    for (String t : question) {
      double w = idf(t) * (known.contains(t) ? knownWeight : 1);
      all += w;
      if (text.contains(t)) {
        hit += w;
      }
    }
    return all == 0 ? 0 : hit / all;
  }
}
