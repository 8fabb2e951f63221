package newsbot.retrieval.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.WordVectors;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.Retrieval;
import newsbot.retrieval.text.Sentences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the paper answers a question at all, judged from the retriever's hits before any quote
 * is chosen. Every measure is a share, a count or a cosine that does not grow with the archive
 * (BM25 scores do): the rule and its thresholds are documented on {@link AnswerSettings}.
 * Thread-safe; judging embeds the best article's sentences (through the embedding cache).
 */
final class Answerability {

  private static final Logger log = LoggerFactory.getLogger(Answerability.class);

  /**
   * The evidence and the verdict for one question.
   *
   * @param answerable the paper answers it
   * @param reason which rule decided: meaning, words, terms, foreign; or what refused it
   * @param coverage IDF-weighted share of the question's words in the best article
   * @param cosine cosine similarity of the question and the judged article's best passage
   * @param articleId the judged article: the one that answers, when one does
   */
  record Verdict(boolean answerable, String reason, double coverage, double cosine,
      String articleId) {}

  /**
   * A typed question ({@link Anchors#typed}: a price, a clock time, a phone number or a year,
   * which the article must print, or where a thing is) on the article the embedding ranks first
   * needs only this share of its words: 图书馆几点开门 meets 开放时间 9:00.
   */
  static final double TYPED_COVERAGE = 0.4;

  /**
   * An article holding this share of the question's words is on its subject: a dated report of
   * it that names no year is that year's news (当湖之夜今年的主题 0.90; a report that only shares
   * 平湖 with 平湖西瓜节今年在哪天 0.35).
   */
  static final double ON_SUBJECT_COVERAGE = 0.8;

  /** The start of the reason of a verdict refusing an article that lacks what is asked. */
  private static final String LACKS = "article lacks ";

  /** How many articles of the ranking are judged, when they rank about as high as the first. */
  static final int JUDGED_ARTICLES = 2;

  /**
   * The embedding agrees with the ranking on an article when its passage's cosine is within this
   * of the best article's: a report and the comment on it are about equally close.
   */
  static final double AGREEMENT_MARGIN = 0.03;

  /** The articles an answer may quote: a unit printed in any of them counts. */
  private static final int TOP_ARTICLES = 3;

  private final AnswerSettings settings;
  private final Embedder embedder;
  private final MissingConcepts concepts;
  private final WordEvidence words;

  Answerability(AnswerSettings settings, Embedder embedder) {
    this.settings = settings;
    this.embedder = embedder;
    this.concepts = new MissingConcepts(embedder);
    this.words = new WordEvidence(settings.maxDistinctiveShare(), concepts);
  }

  /** See {@link AnswerSettings} for the rule; the question is both asked and searched. */
  Verdict judge(String question, Retrieval found, Corpus corpus, TermStats ts) {
    return judge(question, question, found.hits(), found.queryVector(), corpus, ts);
  }

  /**
   * See {@link AnswerSettings} for the rule. The first article of the ranking is judged, and when
   * it does not answer, the next one that ranks about as high ({@link Preferences#CLOSE_SHARE}):
   * a paper reports a matter and comments on it the same day, and the comment, which leads for
   * the topic's words, need not print the fact asked (the fare, the date), while the report does.
   *
   * @param asked the message as sent, whose concepts must be in the article
   * @param question what was searched: the message, or a follow-up with the previous question
   *     (骑电瓶车没戴头盔要罚款吗 楼道里充电呢), whose concepts that the previous answer lacked do
   *     not count against the new one
   * @param hits the ranking, in the order the answer would quote it
   * @param queryVector the question's embedding, or null
   * @return the verdict on the first article that answers, else on the first article
   */
  Verdict judge(String asked, String question, List<Hit> hits, float[] queryVector,
      Corpus corpus, TermStats ts) {
    Asked q = new Asked(asked, question, queryVector);
    List<Hit> judged = new ArrayList<>();
    for (int i = 0; i < Math.min(JUDGED_ARTICLES, hits.size()); i++) {
      if (i == 0 || hits.get(i).score() >= Preferences.CLOSE_SHARE * hits.get(0).score()) {
        judged.add(hits.get(i));
      }
    }
    Set<String> lacking = new HashSet<>();
    Verdict first = null;
    Verdict held = null;
    // a second round when an article lacked what is asked: the embedding's agreement is judged
    // among the articles that may still answer (a comment lacking the fare asked is no rival to
    // the report that prints it)
    double judgedAgainst = Double.NaN;
    for (int round = 0; round < 2; round++) {
      double bestCosine = hits.stream().filter(x -> !lacking.contains(x.articleId()))
          .mapToDouble(Hit::cosine).max().orElse(-1);
      if (bestCosine == judgedAgainst) {
        break; // the lacking articles were not the closest: the verdicts would not change
      }
      judgedAgainst = bestCosine;
      for (Hit h : judged) {
        if (lacking.contains(h.articleId())) {
          continue;
        }
        Verdict v = judgeArticle(q, h, bestCosine, hits, corpus, ts);
        log.debug("gate on {}: {} (coverage {}, cosine {})", v.articleId(), v.reason(),
            v.coverage(), v.cosine());
        if (v.answerable() && (held != null || judged.size() < 2 || saysTerms(q, h, corpus, ts))) {
          return v;
        }
        if (v.answerable()) {
          // it answers only near a term the question names: the next article, ranking about as
          // high, is preferred when it says it (固定资产 in an interview, 产值 in a report)
          held = v;
          continue;
        }
        if (v.reason().startsWith(LACKS)) {
          lacking.add(v.articleId());
        }
        first = first == null ? v : first;
      }
      if (held != null) {
        return held;
      }
    }
    return first;
  }

  private boolean saysTerms(Asked q, Hit h, Corpus corpus, TermStats ts) {
    Article a = corpus.article(h.articleId()).orElse(null);
    if (a == null) {
      return true;
    }
    TermStats.Analysed an = ts.analysed(a);
    return concepts.saysTerms(q.asked(), an.statements(), an.statementWords(), ts,
        settings.maxDistinctiveShare());
  }

  /** The message as sent, what was searched, and the searched text's embedding (or null). */
  private record Asked(String asked, String question, float[] vector) {}

  private Verdict judgeArticle(Asked q, Hit hit, double bestCosine, List<Hit> hits,
      Corpus corpus, TermStats ts) {
    String question = q.question();
    String id = hit.articleId();
    // BM25 found the article and the embedding ranks it first, or about first
    boolean leads = hit.bm25() > 0 && hit.cosine() >= bestCosine;
    boolean agree = hit.bm25() > 0 && hit.cosine() >= bestCosine - AGREEMENT_MARGIN;
    double cosine = hit.cosine();
    Article best = corpus.article(id).orElse(null);
    if (best == null) {
      return new Verdict(false, "no article", 0, cosine, id);
    }
    WordEvidence.Held e = words.held(question, best, ts);
    LocalDate date = corpus.dateOf(best);
    String missing = Anchors.missing(question, e.statements(), date,
        e.coverage() >= ON_SUBJECT_COVERAGE);
    if (missing != null) {
      return new Verdict(false, LACKS + missing, e.coverage(), cosine, id);
    }
    String unit = PerUnit.missing(question, () -> statementsOfTop(hits, corpus, ts));
    if (unit != null) {
      return new Verdict(false, "articles lack " + unit, e.coverage(), cosine, id);
    }
    // off the subject of what was searched: a follow-up's subject is the previous question's
    // (外面的车进来停要钱吗 after 长江新村门口乱停车); a concept missing of the message as sent
    MissingConcepts.Lack lack = concepts.lack(q.asked(), question, e.statements(),
        ts.analysed(best).statementWords(), ts);
    if (lack.offSubject()) {
      // not LACKS: an article on another subject is still a rival in the embedding's agreement
      return new Verdict(false, "off the subject", e.coverage(), cosine, id);
    }
    if (lack.concept() != null) {
      return new Verdict(false, LACKS + "concept " + lack.concept(), e.coverage(), cosine, id);
    }
    if (!MessageText.hasHan(question)) {
      boolean yes = agree && cosine >= settings.minForeignCosine()
          && Anchors.printsEveryNumber(question, hit.passage().passage());
      return new Verdict(yes, yes ? "foreign" : "foreign, weak", e.coverage(), cosine, id);
    }
    if (e.rarest() > settings.maxDistinctiveShare()) {
      return new Verdict(false, "no distinctive term", e.coverage(), cosine, id);
    }
    String reason = agree && means(q.vector(), cosine, best, leads) ? "meaning"
        : e.coverage() >= settings.minCoverage() ? "words"
        : e.distinctive() >= settings.minDistinctiveTerms() ? "terms"
        : leads && Anchors.typed(q.asked()) && e.coverage() >= TYPED_COVERAGE ? "typed"
        : agree && namesRareCode(question, e.statements(), ts) ? "code"
        : agree && opensOn(question, e.statements()) ? "weekday"
        : null;
    return new Verdict(reason != null, reason == null ? "weak" : reason, e.coverage(), cosine,
        id);
  }

  /**
   * The question names codes (K9, 207: {@link Anchors#codes}), the article prints every one, and
   * few articles do: a bus line named is as telling as a person's name.
   */
  private boolean namesRareCode(String question, String statements, TermStats ts) {
    List<String> codes = Anchors.codes(question);
    String text = statements.toLowerCase(Locale.ROOT);
    return !codes.isEmpty() && codes.stream().allMatch(
        c -> text.contains(c) && ts.share(c) <= settings.maxDistinctiveShare());
  }

  /**
   * The question asks whether a place opens on a day (图书馆周一开吗) and the article prints that
   * day or a range of days: the opening rule is the answer, however few words the question has.
   */
  private static boolean opensOn(String question, String statements) {
    String day = Anchors.asksOpeningOn(question);
    return day != null && Anchors.printsDay(statements, day);
  }

  /** The statements of the articles the answer may quote (the top three). */
  private static List<String> statementsOfTop(List<Hit> hits, Corpus corpus, TermStats ts) {
    List<String> out = new ArrayList<>();
    for (Hit h : hits.subList(0, Math.min(TOP_ARTICLES, hits.size()))) {
      corpus.article(h.articleId()).ifPresent(a -> out.add(ts.analysed(a).statements()));
    }
    return out;
  }

  /**
   * The embedding's evidence: the question is close to the best passage, or, on the article the
   * embedding ranks first ({@code leads}), to one of its statements (a fact in one sentence of a
   * long passage).
   */
  private boolean means(float[] question, double passageCosine, Article article,
      boolean leads) {
    if (question == null) {
      return false;
    }
    if (passageCosine >= settings.minPassageCosine()) {
      return true;
    }
    if (!leads) {
      return false;
    }
    List<String> sentences = new ArrayList<>();
    for (String paragraph : article.paragraphs()) {
      for (String s : Sentences.split(paragraph)) {
        if (!Sentences.asks(s)) {
          sentences.add(s);
        }
      }
    }
    for (float[] v : embedder.embedPassages(sentences)) {
      if (WordVectors.cosine(question, v) >= settings.minSentenceCosine()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An article to offer when nothing answers: it holds {@code relatedCoverage} of the question's
   * words and one of its distinctive terms.
   */
  boolean related(String question, Article article, TermStats ts) {
    WordEvidence.Held e = words.held(question, article, ts);
    return e.coverage() >= settings.relatedCoverage()
        && e.rarest() <= settings.maxDistinctiveShare();
  }
}
