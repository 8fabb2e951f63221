package newsbot.retrieval.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.WordVectors;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.search.QueryText;
import newsbot.retrieval.text.Sentences;

/**
 * Chooses the sentences of the candidate articles that answer a question: scored by the
 * IDF-weighted share of the question's terms they hold (headline terms weighted down), re-scored
 * half by words, half by the embedding's similarity to the question, with a bonus for a figure
 * that the article's headline prints when the question asks for a quantity. Thread-safe.
 */
final class SentencePicker {

  private static final Pattern ASKS_QUANTITY =
      Pattern.compile("多少|几|多久|多长|多大|多高|规模|比例|金额|百分之|增长了|增速|何时|哪一年|哪年|什么时候");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern ASKS_LIST = Pattern.compile("哪些|有什么|都有|几项|哪几");
  /** For a list question, another article's best sentence joins at this share of the best. */
  private static final double LIST_SHARE = 0.5;
  private static final Pattern FIGURE = Pattern.compile(
      "\\d+(\\.\\d+)?\\s*(余|多)?(亿元|万元|元|亿|万|家|个|项|%|人|户|名|吨|倍|公里|亩|件|套)");
  private static final double HEADLINE_FIGURE_BONUS = 0.3;
  /** A sentence holding what the question's type asks for (a date, a place, a price). */
  private static final double ANSWER_TYPE_BONUS = 0.2;
  /** The words of the message itself weigh this much more than those a follow-up carries over. */
  private static final double FOCUS_WEIGHT = 2.0;
  /**
   * Further sentences join the answer while they score this share of the best one: the best by
   * words and meaning is often the lead that restates the topic (借的书在任何一处都可以归还), the
   * rule asked for the sentence after it (逾期不收滞纳金). At 0.75 the chat questions' replies
   * held the fact 75 times in 86, at 0.65 77 (147 characters on average instead of 125).
   */
  private static final double KEEP_SHARE = 0.65;
  /** Sentences of the other candidate articles, best by words, re-scored by meaning. */
  private static final int SHORTLIST_OTHERS = 8;
  private static final int SHORTLIST_MAX = 48;
  static final double[] RANK_PRIOR = {1.0, 0.85, 0.7};

  private final Embedder embedder;
  private final AnswerSettings settings;
  private final MissingConcepts concepts;

  SentencePicker(Embedder embedder, AnswerSettings settings) {
    this.embedder = embedder;
    this.settings = settings;
    this.concepts = new MissingConcepts(embedder);
  }

  /** A candidate article: its rank among the candidates and the passage the retriever chose. */
  record Candidate(int rank, Article article, String bestPassage) {}

  /** A sentence of a candidate article and how well it answers. */
  record Scored(int rank, Article article, int paragraph, int sentence, int position,
      List<String> sentences, double score) {
    String text() {
      return sentences.get(sentence);
    }

    Scored withScore(double newScore) {
      return new Scored(rank, article, paragraph, sentence, position, sentences, newScore);
    }
  }

  /**
   * The sentences that answer, best first (empty when no candidate has a sentence).
   *
   * @param question what is searched (with a follow-up, the previous topic and the message)
   * @param focus the message as sent: its words, and the kind of answer it asks for, count most
   */
  List<Scored> pick(String question, String focus, float[] questionVector,
      List<Candidate> candidates, TermStats ts) {
    boolean wantsNumber = ASKS_QUANTITY.matcher(focus).find();
    String theirs = articleWordsFor(focus, candidates, ts);
    List<Scored> pool = score(question, focus, theirs, candidates, ts, wantsNumber);
    pool = rerankByMeaning(questionVector, pool);
    if (wantsNumber) {
      pool = boostHeadlineFigures(pool);
    }
    return pool.isEmpty() ? pool : choose(question, pool);
  }

  /**
   * The first candidate's words for the message's words it writes otherwise (女性 for 女生, 老年人
   * for 老人: {@link MissingConcepts#articleWordsFor}), space-separated; "" when none. A sentence
   * holding them holds what was asked, in the paper's words.
   */
  private String articleWordsFor(String focus, List<Candidate> candidates, TermStats ts) {
    if (candidates.isEmpty()) {
      return "";
    }
    TermStats.Analysed a = ts.analysed(candidates.get(0).article());
    return String.join(" ",
        concepts.articleWordsFor(focus, a.statements(), a.statementWords(), ts));
  }

  /**
   * @param theirs the article's words for the message's ({@link #articleWordsFor}), held as if
   *     the message said them
   */
  private static List<Scored> score(String question, String focus, String theirs,
      List<Candidate> candidates, TermStats ts, boolean wantsNumber) {
    Set<String> questionTerms = TermStats.terms(QueryText.forKeywords(question + " " + theirs));
    Set<String> focusTerms = focus.equals(question) ? Set.of()
        : TermStats.terms(QueryText.forKeywords(focus + " " + theirs));
    List<Pattern> answerTypes = AnswerTypes.asked(focus);
    List<Scored> pool = new ArrayList<>();
    for (Candidate c : candidates) {
      Article a = c.article();
      Set<String> headline = TermStats.terms(a.titleStack());
      int position = 0;
      for (int p = 0; p < a.paragraphs().size(); p++) {
        List<String> sentences = Sentences.split(a.paragraphs().get(p));
        for (int s = 0; s < sentences.size(); s++) {
          String sentence = sentences.get(s);
          Set<String> terms = TermStats.terms(sentence);
          double score = ts.coverage(questionTerms, terms, headline, 0.3);
          if (!focusTerms.isEmpty()) {
            score = (score + FOCUS_WEIGHT * ts.coverage(focusTerms, terms)) / (1 + FOCUS_WEIGHT);
          }
          for (Pattern type : answerTypes) {
            if (type.matcher(sentence).find()) {
              score += ANSWER_TYPE_BONUS;
            }
          }
          if (wantsNumber && DIGIT.matcher(sentence).find()) {
            score += 0.15;
          }
          if (c.bestPassage().contains(sentence)) {
            score += 0.05; // the retriever's best passage
          }
          pool.add(new Scored(c.rank(), a, p, s, position++, sentences,
              score * RANK_PRIOR[c.rank()]));
        }
      }
    }
    sort(pool);
    return pool;
  }

  /**
   * Words alone cannot see that 目标 is answered by 力争…达30亿元: the best sentences by words are
   * re-scored half by words, half by the embedding's similarity to the question (both scaled over
   * the shortlist). Sentence embeddings go through the cache, so a repeated article costs nothing.
   */
  private List<Scored> rerankByMeaning(float[] q, List<Scored> pool) {
    List<Scored> shortlist = new ArrayList<>();
    int others = 0;
    for (Scored s : pool) {
      if (s.rank() == 0 || others++ < SHORTLIST_OTHERS) {
        shortlist.add(s);
      }
      if (shortlist.size() >= SHORTLIST_MAX) {
        break;
      }
    }
    int n = shortlist.size();
    if (n < 2 || q == null) {
      return pool;
    }
    List<float[]> vectors = embedder.embedPassages(shortlist.stream().map(Scored::text).toList());
    double[] lexical = new double[n];
    double[] meaning = new double[n];
    for (int i = 0; i < n; i++) {
      lexical[i] = shortlist.get(i).score();
      meaning[i] = WordVectors.cosine(q, vectors.get(i)) * RANK_PRIOR[shortlist.get(i).rank()];
    }
    scale(lexical);
    scale(meaning);
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(shortlist.get(i).withScore(0.5 * lexical[i] + 0.5 * meaning[i]));
    }
    sort(out);
    return out;
  }

  /**
   * Editors print an article's key figure in its headline (到2027年,实现30亿元以上出口规模): for a
   * question about a quantity, a sentence carrying a figure of its article's headline stack is
   * the likelier answer.
   */
  private static List<Scored> boostHeadlineFigures(List<Scored> pool) {
    List<Scored> out = new ArrayList<>(pool.size());
    for (Scored s : pool) {
      boolean carries = false;
      Matcher m = FIGURE.matcher(s.article().titleStack());
      while (m.find() && !carries) {
        carries = s.text().contains(m.group());
      }
      out.add(carries ? s.withScore(s.score() + HEADLINE_FIGURE_BONUS) : s);
    }
    sort(out);
    return out;
  }

  /** The best sentence, then the next ones while they stay close to it; lists take one each. */
  private List<Scored> choose(String question, List<Scored> pool) {
    List<Scored> chosen = new ArrayList<>();
    double best = pool.get(0).score();
    int chars = 0;
    if (ASKS_LIST.matcher(question).find()) {
      // "哪些…": one sentence from each article that answers, before more from the first
      Set<Integer> ranks = new HashSet<>();
      for (Scored s : pool) {
        if (s.score() >= LIST_SHARE * best && ranks.add(s.rank())) {
          chosen.add(s);
          chars += s.text().length();
        }
      }
    }
    for (Scored s : pool) {
      if (chosen.contains(s)) {
        continue;
      }
      if (chosen.size() >= settings.maxQuotes() || chars >= settings.maxAnswerChars()) {
        break;
      }
      if (!chosen.isEmpty() && (s.score() < KEEP_SHARE * best || s.score() <= 0.05)) {
        break;
      }
      chosen.add(s);
      chars += s.text().length();
    }
    return chosen;
  }

  private static void sort(List<Scored> pool) {
    pool.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(Scored::rank).thenComparingInt(Scored::position));
  }

  private static void scale(double[] values) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = max > min ? (values[i] - min) / (max - min) : 1;
    }
  }
}
