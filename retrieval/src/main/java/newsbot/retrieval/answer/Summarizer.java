package newsbot.retrieval.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.answer.SentencePicker.Scored;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.WordVectors;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.search.QueryText;
import newsbot.retrieval.text.Sentences;

/**
 * Chooses the sentences of a summary by maximal marginal relevance: each next sentence is the one
 * most worth quoting and least like the sentences already chosen, so the summary covers different
 * points instead of repeating one. A sentence is worth quoting for its relevance to the topic
 * (words and meaning) and, as much, for the facts it states ({@link Facts}): the articles are
 * already about the topic, and the sentences that repeat its words most are often a report's
 * boilerplate (研讨会上,与会嘉宾围绕…进行了分享交流) while its figures, dates and names are what a
 * reader wants from it. Thread-safe.
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
  /** ...unless it states a fact and ends as a sentence does (副市长潘加林参加会议。). */
  private static final int MIN_CHARS_WITH_FACT = 8;
  /** The share of a sentence's worth that its facts make, the rest being its relevance. */
  private static final double FACT_WEIGHT = 0.5;
  /**
   * Credit for the lead paragraph: it states who did what, when and where (本次会议由中国信息通信研究院
   * 主办, 副市长潘加林参加会议), which the later paragraphs take as known.
   */
  private static final double LEAD_BONUS = 0.1;

  private final Embedder embedder;

  Summarizer(Embedder embedder) {
    this.embedder = embedder;
  }

  /** The chosen sentences in reading order (article rank, then position). */
  List<Scored> choose(String topic, float[] topicVector, List<SentencePicker.Candidate> candidates,
      TermStats ts) {
    return choose(topic, topicVector, candidates, ts, "");
  }

  /**
   * The chosen sentences in reading order, none of them in {@code shown} (what the reader was
   * sent already, when asking 还有吗).
   */
  List<Scored> choose(String topic, float[] topicVector, List<SentencePicker.Candidate> candidates,
      TermStats ts, String shown) {
    List<Scored> pool = shortlist(topic, candidates, ts, shown);
    if (pool.isEmpty()) {
      return pool;
    }
    List<float[]> vectors = embedder.embedPassages(pool.stream().map(Scored::text).toList());
    List<Set<String>> facts = pool.stream().map(s -> Facts.of(s.text())).toList();
    double[] worth = new double[pool.size()];
    for (int i = 0; i < pool.size(); i++) {
      Scored s = pool.get(i);
      double meaning = topicVector == null ? 0 : WordVectors.cosine(topicVector, vectors.get(i));
      double topical = 0.5 * s.score() + 0.5 * meaning;
      worth[i] = ((1 - FACT_WEIGHT) * topical + FACT_WEIGHT * Facts.density(facts.get(i))
          + (s.paragraph() == 0 ? LEAD_BONUS : 0)) * SentencePicker.RANK_PRIOR[s.rank()];
    }
    List<Scored> out = new ArrayList<>();
    pick(worth, vectors, facts).forEach(i -> out.add(pool.get(i)));
    out.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::position));
    return out;
  }

  /**
   * Maximal marginal relevance: each next sentence the most worth and least like those chosen;
   * past {@value #MIN_SENTENCES}, only those worth {@value #KEEP_SHARE} of the best are eligible.
   */
  private static List<Integer> pick(double[] worth, List<float[]> vectors,
      List<Set<String>> facts) {
    double best = Arrays.stream(worth).max().orElse(0);
    List<Integer> chosen = new ArrayList<>();
    while (chosen.size() < MAX_SENTENCES) {
      int next = -1;
      double nextScore = -Double.MAX_VALUE;
      for (int i = 0; i < worth.length; i++) {
        if (chosen.contains(i)
            || chosen.size() >= MIN_SENTENCES && worth[i] < KEEP_SHARE * best) {
          continue;
        }
        double redundancy = 0;
        for (int c : chosen) {
          redundancy = Math.max(redundancy, WordVectors.cosine(vectors.get(i), vectors.get(c)));
        }
        if (redundancy >= NEAR_DUPLICATE || restates(facts.get(i), chosen, facts)) {
          continue;
        }
        double mmr = LAMBDA * worth[i] - (1 - LAMBDA) * redundancy;
        if (mmr > nextScore) {
          nextScore = mmr;
          next = i;
        }
      }
      if (next < 0) {
        break;
      }
      chosen.add(next);
    }
    return chosen;
  }

  /** The sentences best by words: a few of each candidate article, at most {@value #SHORTLIST}. */
  private static List<Scored> shortlist(String topic, List<SentencePicker.Candidate> candidates,
      TermStats ts, String shown) {
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
          if (fragment(sentence) || Sentences.asks(sentence) || shown.contains(sentence)) {
            continue; // a fragment, a question the article prints, or sent already
          }
          all.add(new Scored(c.rank(), a, p, s, at, sentences,
              ts.coverage(terms, TermStats.terms(sentence))));
        }
      }
    }
    // shortlisted by words and facts alike: a report's figures seldom repeat the topic's words
    // (each sentence's facts found once, not on every comparison of the sort)
    Map<Scored, Double> rough = new IdentityHashMap<>();
    for (Scored x : all) {
      rough.put(x, x.score() + Facts.density(x.text()) + (x.paragraph() == 0 ? LEAD_BONUS : 0));
    }
    all.sort(Comparator.comparingDouble((Scored x) -> rough.get(x))
        .reversed().thenComparingInt(Scored::rank).thenComparingInt(Scored::position));
    return new ArrayList<>(all.subList(0, Math.min(SHORTLIST, all.size())));
  }

  /** A heading or a fragment: short, unless a short full sentence stating a fact. */
  private static boolean fragment(String sentence) {
    int chars = sentence.codePointCount(0, sentence.length());
    boolean ends = "。!！;；".indexOf(sentence.charAt(sentence.length() - 1)) >= 0;
    return chars < MIN_CHARS
        && !(chars >= MIN_CHARS_WITH_FACT && ends && !Facts.of(sentence).isEmpty());
  }

  /** The sentence's facts are all stated already by a chosen one: it repeats that point. */
  private static boolean restates(Set<String> facts, List<Integer> chosen, List<Set<String>> all) {
    if (facts.isEmpty()) {
      return false;
    }
    Set<String> stated = new java.util.HashSet<>();
    chosen.forEach(c -> stated.addAll(all.get(c)));
    return stated.containsAll(facts);
  }
}
