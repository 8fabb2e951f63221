package newsbot.retrieval.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import newsbot.retrieval.answer.SentencePicker.Scored;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.search.QueryText;
import newsbot.retrieval.text.Sentences;

/**
 * Chooses the sentences of a summary by maximal marginal relevance: each next sentence is the one
 * most relevant to the topic (words and meaning) and least like the sentences already chosen, so
 * the summary covers different points instead of repeating one. Thread-safe.
 */
final class Summarizer {

  static final int MIN_SENTENCES = 3;
  static final int MAX_SENTENCES = 5;
  /** Relevance against redundancy: 1 would ignore redundancy, 0 relevance. */
  private static final double LAMBDA = 0.7;
  /** A sentence this similar (cosine) to a chosen one says the same thing. */
  private static final double NEAR_DUPLICATE = 0.92;
  /** Sentences shorter than this are headings or fragments, not points. */
  private static final int MIN_CHARS = 12;
  private static final int SHORTLIST = 24;
  /** After the minimum, a sentence joins while its relevance is this share of the best. */
  private static final double KEEP_SHARE = 0.45;
  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("\\d+(\\.\\d+)?\\s*(%|万|亿|余|多)?\\p{IsHan}?");
  private static final double FIGURE_BONUS = 0.3;

  private final Embedder embedder;

  Summarizer(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The chosen sentences in reading order (article rank, then position). */
  List<Scored> choose(String topic, float[] topicVector, List<SentencePicker.Candidate> candidates,
      TermStats ts) {
    List<Scored> pool = shortlist(topic, candidates, ts);
    if (pool.isEmpty()) {
      return pool;
    }
    List<float[]> vectors = embedder.embedPassages(pool.stream().map(Scored::text).toList());
    double[] relevance = new double[pool.size()];
    double best = 0;
    for (int i = 0; i < pool.size(); i++) {
      double meaning = topicVector == null ? 0 : SentencePicker.dot(topicVector, vectors.get(i));
      relevance[i] = (0.5 * pool.get(i).score() + 0.5 * meaning)
          * SentencePicker.RANK_PRIOR[pool.get(i).rank()];
      best = Math.max(best, relevance[i]);
    }
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < MAX_SENTENCES) {
      int next = -1;
      double nextScore = -Double.MAX_VALUE;
      for (int i = 0; i < pool.size(); i++) {
        if (chosen.contains(i)) {
          continue;
        }
        double redundancy = 0;
        for (int c : chosen) {
          redundancy = Math.max(redundancy, SentencePicker.dot(vectors.get(i), vectors.get(c)));
        }
        if (redundancy >= NEAR_DUPLICATE) {
          continue;
        }
        double mmr = LAMBDA * relevance[i] - (1 - LAMBDA) * redundancy;
        if (mmr > nextScore) {
          nextScore = mmr;
          next = i;
        }
      }
      if (next < 0 || (chosen.size() >= MIN_SENTENCES && relevance[next] < KEEP_SHARE * best)) {
        break;
      }
      chosen.add(next);
    }
    List<Scored> out = new ArrayList<>();
    chosen.forEach(i -> out.add(pool.get(i)));
    out.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::position));
    return out;
  }

  /** The sentences best by words: a few of each candidate article, at most {@value #SHORTLIST}. */
  private static List<Scored> shortlist(String topic, List<SentencePicker.Candidate> candidates,
      TermStats ts) {
    Set<String> terms = TermStats.terms(QueryText.forKeywords(topic));
    List<Scored> all = new ArrayList<>();
    for (SentencePicker.Candidate c : candidates) {
      Article a = c.article();
      int position = 0;
      for (int p = 0; p < a.paragraphs().size(); p++) {
        List<String> sentences = Sentences.split(a.paragraphs().get(p));
        for (int s = 0; s < sentences.size(); s++) {
          String sentence = sentences.get(s);
          int at = position++;
          if (sentence.codePointCount(0, sentence.length()) < MIN_CHARS || Sentences.asks(sentence)) {
            continue; // a fragment, or a question the article prints: not a point it makes
          }
          // a little credit for coming early (leads state the point of an article) and for
          // carrying a figure (a summary is worth its facts: 7.62万户, 90%)
          double lead = 0.1 / (1 + at);
          double figure = FIGURE.matcher(sentence).find() ? FIGURE_BONUS : 0;
          all.add(new Scored(c.rank(), a, p, s, at, sentences,
              ts.coverage(terms, TermStats.terms(sentence)) + lead + figure));
        }
      }
    }
    all.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(Scored::rank).thenComparingInt(Scored::position));
    return new ArrayList<>(all.subList(0, Math.min(SHORTLIST, all.size())));
  }
}
