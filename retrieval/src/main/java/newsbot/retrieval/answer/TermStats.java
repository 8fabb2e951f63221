package newsbot.retrieval.answer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.store.ArticleCounts;
import newsbot.retrieval.store.ArticleFrequencies;
import newsbot.retrieval.store.StoredPassage;

/**
 * Document frequencies over the articles of a corpus, for weighting question terms: a term every
 * article has (平湖) says little; a term no article has (地铁) says the paper may not cover the
 * question. Two kinds of term: character bigrams (every pair of adjacent characters, no dictionary
 * needed) and dictionary words (SmartChineseAnalyzer), which do not count pairs that straddle two
 * words (年围 in 2026年围绕). The counts come from the store that indexes the articles ({@link
 * ArticleFrequencies}), asked for the terms a question weighs, as they are first needed, and kept
 * (bounded) for the questions that follow; nothing scans the corpus. One per corpus version;
 * thread-safe. A store that fails to answer throws {@link UncheckedIOException}.
 */
final class TermStats {

  /** Analysed articles kept for the questions that follow (an article is asked about again). */
  private static final int MEMO_ARTICLES = 2048;
  /** Counts kept per kind of term (questions reuse their terms: 平湖, 今年, 活动…). */
  private static final int CACHED_TERMS = 50_000;

  private final ArticleFrequencies store;
  private final Map<String, Integer> df = lru(CACHED_TERMS);
  private final Map<String, Integer> wordDf = lru(CACHED_TERMS);
  private final Map<String, Analysed> memo = lru(MEMO_ARTICLES);
  /** The store's article count, from its first answer; -1 before it. */
  private volatile int articles = -1;

  /**
   * An article analysed once per corpus: the dictionary words of its whole text, and the bigrams
   * and words of its statements (the questions it prints left out).
   */
  record Analysed(Set<String> words, String statements,
      Set<String> statementTerms, Set<String> statementWords) {}

  TermStats(ArticleFrequencies store) {
    this.store = store;
  }

  /** A thread-safe map keeping the {@code max} entries used last. */
  private static <V> Map<String, V> lru(int max) {
    return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > max;
      }
    });
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
      String text = StoredPassage.articleText(article);
      String statements = Anchors.statements(text);
      a = new Analysed(words(text), statements, terms(statements), words(statements));
      memo.put(article.id(), a);
    }
    return a;
  }

  double idf(String term) {
    return idf(df(term));
  }

  private double idf(int n) {
    int all = articles();
    return Math.log(1 + (all - n + 0.5) / (n + 0.5));
  }

  /** How many articles hold the term. */
  int df(String term) {
    return counts(ChineseAnalysis.BIGRAM, df, List.of(term)).get(term);
  }

  private int wordDf(String word) {
    return counts(ChineseAnalysis.SMARTCN, wordDf, List.of(word)).get(word);
  }

  /**
   * Asks the store for the counts of these bigram terms and dictionary words not kept yet, in one
   * batch per kind, so the per-term lookups that follow ({@link #share}, {@link #wordShare}) do
   * not each ask it (one request each on Solr).
   */
  void fetch(Collection<String> bigrams, Collection<String> words) {
    counts(ChineseAnalysis.BIGRAM, df, bigrams);
    counts(ChineseAnalysis.SMARTCN, wordDf, words);
  }

  /** The share of articles that hold the bigram term: 0 for a term no article has. */
  double share(String term) {
    int all = articles();
    return all == 0 ? 0 : (double) df(term) / all;
  }

  /** The share of articles that hold the word. */
  double wordShare(String word) {
    int all = articles();
    return all == 0 ? 0 : (double) wordDf(word) / all;
  }

  private int articles() {
    if (articles < 0) {
      counts(ChineseAnalysis.BIGRAM, df, List.of());
    }
    return articles;
  }

  /**
   * The counts of the terms of one kind: those not kept yet asked of the store in one batch.
   * Also learns the article count when it is not known yet.
   */
  private Map<String, Integer> counts(ChineseAnalysis analysis, Map<String, Integer> kept,
      Collection<String> terms) {
    Map<String, Integer> out = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String t : terms) {
      Integer n = kept.get(t);
      if (n == null) {
        missing.add(t);
      } else {
        out.put(t, n);
      }
    }
    if (missing.isEmpty() && articles >= 0) {
      return out;
    }
    ArticleCounts asked;
    try {
      asked = store.articleCounts(analysis, missing);
    } catch (IOException e) {
      throw new UncheckedIOException("counting the articles that hold " + missing, e);
    }
    if (articles < 0) {
      articles = asked.articles();
    }
    kept.putAll(asked.holding());
    out.putAll(asked.holding());
    return out;
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
    Map<String, Integer> n = counts(ChineseAnalysis.BIGRAM, df, question);
    double all = 0;
    double hit = 0;
    for (String t : question) {
      double w = idf(n.get(t)) * (known.contains(t) ? knownWeight : 1);
      all += w;
      if (text.contains(t)) {
        hit += w;
      }
    }
    return all == 0 ? 0 : hit / all;
  }

  /** IDF-weighted share of the question's words that the text's words contain. */
  double wordCoverage(Set<String> question, Set<String> text) {
    Map<String, Integer> n = counts(ChineseAnalysis.SMARTCN, wordDf, question);
    double all = 0;
    double hit = 0;
    for (String w : question) {
      double weight = idf(n.get(w));
      all += weight;
      if (text.contains(w)) {
        hit += weight;
      }
    }
    return all == 0 ? 0 : hit / all;
  }
}
