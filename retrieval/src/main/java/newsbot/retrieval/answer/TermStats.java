package newsbot.retrieval.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.model.Article;

/**
 * Document frequencies over the articles of a corpus, for weighting question terms: a term every
 * article has (平湖) says little; a term no article has (地铁) says the paper may not cover the
 * question. Two kinds of term: character bigrams (every pair of adjacent characters, no dictionary
 * needed) and dictionary words (SmartChineseAnalyzer), which do not count pairs that straddle two
 * words (年围 in 2026年围绕). Immutable once built; thread-safe. Built once per corpus version; it
 * analyses every article twice (0.4 s for the 44 articles of seeds and eval/pages, most of it
 * loading the dictionary).
 */
final class TermStats {


  /** Analysed articles kept for the questions that follow (an article is asked about again). */
  private static final int MEMO_ARTICLES = 2048;

  private final Map<String, Integer> df;
  private final Map<String, Analysed> memo = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Analysed> eldest) {
          return size() > MEMO_ARTICLES;
        }
      });

  /**
   * An article analysed once per corpus: its bigrams and dictionary words, of the whole text and
   * of its statements (the questions it prints left out).
   */
  record Analysed(Set<String> terms, Set<String> words, String statements,
      Set<String> statementTerms, Set<String> statementWords) {}
  private final Map<String, Integer> wordDf;
  private final int articles;

  private TermStats(Map<String, Integer> df, Map<String, Integer> wordDf, int articles) {
    this.df = df;
    this.wordDf = wordDf;
    this.articles = articles;
  }

  static TermStats of(List<Article> corpus) {
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> wordDf = new HashMap<>();
    for (Article a : corpus) {
      String text = a.titleStack() + "\n" + a.text();
      for (String t : terms(text)) {
        df.merge(t, 1, Integer::sum);
      }
      for (String w : words(text)) {
        wordDf.merge(w, 1, Integer::sum);
      }
    }
    return new TermStats(df, wordDf, corpus.size());
  }

  /** Distinct bigram terms of a text. */
  static Set<String> terms(String text) {
    return new HashSet<>(ChineseAnalysis.BIGRAM.terms(text));
  }

  /** Distinct dictionary words of a text, in order of first appearance. */
  static Set<String> words(String text) {
    return new LinkedHashSet<>(ChineseAnalysis.SMARTCN.terms(text));
  }

  /** The article analysed, from the memo when it was asked about before. */
  Analysed analysed(Article article) {
    Analysed a = memo.get(article.id());
    if (a == null) {
      String text = article.titleStack() + "\n" + article.text();
      String statements = Anchors.statements(text);
      a = new Analysed(terms(text), words(text), statements, terms(statements), words(statements));
      memo.put(article.id(), a);
    }
    return a;
  }

  double idf(String term) {
    return idf(df.getOrDefault(term, 0));
  }

  double wordIdf(String word) {
    return idf(wordDf.getOrDefault(word, 0));
  }

  private double idf(int n) {
    return Math.log(1 + (articles - n + 0.5) / (n + 0.5));
  }

  /** How many articles hold the term. */
  int df(String term) {
    return df.getOrDefault(term, 0);
  }

  /** The share of articles that hold the bigram term: 0 for a term no article has. */
  double share(String term) {
    return articles == 0 ? 0 : (double) df(term) / articles;
  }

  /** The share of articles that hold the word. */
  double wordShare(String word) {
    return articles == 0 ? 0 : (double) wordDf.getOrDefault(word, 0) / articles;
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

  /** IDF-weighted share of the question's words that the text's words contain. */
  double wordCoverage(Set<String> question, Set<String> text) {
    double all = 0;
    double hit = 0;
    for (String w : question) {
      double weight = wordIdf(w);
      all += weight;
      if (text.contains(w)) {
        hit += weight;
      }
    }
    return all == 0 ? 0 : hit / all;
  }
}
