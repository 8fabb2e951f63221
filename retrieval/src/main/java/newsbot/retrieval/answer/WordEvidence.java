package newsbot.retrieval.answer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.query.SpokenWords;
import newsbot.retrieval.search.QueryText;

/**
 * What an article's statements hold of a question's words: the IDF-weighted share of its words
 * (a word the article writes otherwise counting), its distinctive character pairs, and how rare
 * the rarest term it holds is. The word side of {@link Answerability}. Thread-safe.
 */
final class WordEvidence {

  /**
   * Chat words that say nothing about the topic (最近有啥消息, 那个方案): left out of the
   * question's words, as {@link QueryText} leaves out 多少 and 哪些. Dictionary tokens.
   */
  private static final Set<String> CHAT_WORDS = Set.of(
      "最近", "还有", "还要", "那个", "这个", "现在", "时候", "一下", "啥", "干啥", "咋", "多久", "多",
      "差点", "差一点", "险些");

  /**
   * Particles and linking verbs: a character pair holding one (湖有 of 平湖有地铁吗, 是谁) is an
   * accident of the sentence, not a term, however rare it is; it cannot make an article
   * distinctive for the question.
   */
  private static final String PARTICLES = "的了吗呢啊吧么是有在和与及或也都就还很太";

  private final double maxDistinctiveShare;
  private final MissingConcepts concepts;

  /**
   * @param maxDistinctiveShare a term held by at most this share of articles is distinctive
   * @param concepts finds the words an article writes otherwise
   */
  WordEvidence(double maxDistinctiveShare, MissingConcepts concepts) {
    this.maxDistinctiveShare = maxDistinctiveShare;
    this.concepts = concepts;
  }

  /**
   * What the article's statements hold of the question.
   *
   * @param coverage IDF-weighted share of the question's words (chat words left out)
   * @param distinctive how many of the question's bigrams it holds that at most
   *     {@code maxDistinctiveShare} of the articles hold
   * @param rarest the smallest article share among the question's words and bigrams it holds
   *     (1 when it holds none)
   */
  record Held(String statements, double coverage, int distinctive, double rarest) {}

  private static boolean joinsParticle(String bigram) {
    return bigram.codePoints().anyMatch(c -> PARTICLES.indexOf(c) >= 0);
  }

  /** What the article's statements hold of the question. */
  Held held(String question, Article article, TermStats ts) {
    String keywords = QueryText.forKeywords(question);
    Set<String> words = new LinkedHashSet<>(TermStats.words(keywords));
    words.removeAll(CHAT_WORDS);
    Set<String> bigrams = TermStats.terms(keywords);
    ts.fetch(bigrams, words);
    TermStats.Analysed analysed = ts.analysed(article);
    String statements = analysed.statements();
    Set<String> textWords = analysed.statementWords();
    Set<String> textBigrams = analysed.statementTerms();
    double rarest = 1;
    for (String w : words) {
      if (textWords.contains(w)) {
        rarest = Math.min(rarest, ts.wordShare(w));
      }
    }
    int distinctive = 0;
    for (String b : bigrams) {
      if (textBigrams.contains(b) && !joinsParticle(b)) {
        rarest = Math.min(rarest, ts.share(b));
        distinctive += ts.share(b) <= maxDistinctiveShare ? 1 : 0;
      }
    }
    // a word the article writes otherwise (老人 for 老年人, 补贴 for 补助, 钟头 for 小时) counts
    // as held
    Set<String> held = new HashSet<>(textWords);
    List<String> unheld = words.stream().filter(w -> !textWords.contains(w)).toList();
    held.addAll(concepts.synonyms(unheld, textWords));
    unheld.stream().filter(w -> SpokenWords.printedAs(w, statements)).forEach(held::add);
    return new Held(statements, ts.wordCoverage(words, held), distinctive, rarest);
  }
}
