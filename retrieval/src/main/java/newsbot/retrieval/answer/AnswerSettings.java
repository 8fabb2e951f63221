package newsbot.retrieval.answer;

/**
 * Thresholds of the extractive answerer. The found / not-found rule (README, "Answers") looks at
 * the best article of the top five, without the questions it prints, and uses only shares,
 * counts and cosines, which do not grow with the archive as BM25 scores do.
 *
 * <p>The first article of the ranking is judged, and when it does not answer, the second if it
 * ranks about as high (a report and the comment on it: the comment may lead without the fact).
 *
 * <p>Not found, whatever else holds, when the judged article
 * <ul>
 *   <li>does not print a number the question names (2024年, 2025年度, 207路; an age the asker
 *       gives meets an age limit the article prints), a line with letters it names (K8), a city
 *       (上海: {@link Cities}), a named place or institution (市中医院: {@link NamedPlaces}), or
 *       the year it means by 今年/去年/明年 (from the article's issue date);
 *   <li>prints no amount of money (…元, 免费) for a question after a price (多少钱), no clock
 *       time for a question after a time of day (几点), no year for 哪年, no phone number for
 *       one after a number to call, no count in the measure word a count is asked in (几所,
 *       多少家), no share for 百分之多少, no road or door number for 地址, or no name of the kind
 *       a "which" question asks (哪个镇 → 新埭镇);
 *   <li>prints a word of the message only as a sibling, one character swapped within a
 *       contrasting set (春季 for 秋季, 停水 for 停电: {@link Contrasts});
 *   <li>does not print the act a how-to question asks (怎么申请, 如何报名, 怎么补办);
 *   <li>none of the top three articles prints the unit a quantity is asked per (多少钱一平,
 *       每月交多少, 每户), for a price beside an amount of money;
 *   <li>prints none of the two or more concepts of what was searched, nor a word that says one
 *       (off the subject: 平湖公务员考试什么时候报名 against the adult school's enrolment, which
 *       shares only 报名 and 平湖; {@link MissingConcepts#printsNoConcept});
 *   <li>does not print a content word of the message as sent, nor any word close to it in meaning
 *       (a missing concept: 头盔 of 骑电瓶车不戴头盔罚多少钱 in a report on charging e-bikes;
 *       {@link MissingConcepts});
 *   <li>holds none of the question's distinctive terms: words or character pairs that at most
 *       {@code maxDistinctiveShare} of the articles hold (平湖 alone is not evidence).
 * </ul>
 * Otherwise found when any of these holds:
 * <ul>
 *   <li>meaning: BM25 found the article and the question's cosine similarity to its best passage
 *       reaches {@code minPassageCosine}, that passage being within 0.03 of the closest passage
 *       of any article (a report and its comment are about as close); or the article is the
 *       embedding's closest and one of its sentences reaches {@code minSentenceCosine} (a
 *       paraphrase: 电瓶车 for 电动自行车);
 *   <li>words: the article holds {@code minCoverage} of the question's words, weighted by IDF;
 *   <li>terms: it holds at least {@code minDistinctiveTerms} distinctive character pairs;
 *   <li>typed: a question after a price, a clock time, a year or a phone number that the
 *       article prints, or one asking where a thing is (在哪, 哪个路口), on the embedding's
 *       closest article, which holds 40% of the words;
 *   <li>code: the question names codes (K9, 207) that the article prints and few articles do,
 *       with the (near) agreement;
 *   <li>weekday: it asks whether a place opens on a day and the article prints that day or a
 *       range of days, with the (near) agreement;
 *   <li>a question with no Chinese in it (words cannot judge): BM25 found the article, the
 *       embedding (about) agrees, the passage cosine reaches {@code minForeignCosine}, and the
 *       passage prints every number the question names ({@link Anchors#printsEveryNumber}).
 * </ul>
 *
 * @param minPassageCosine cosine of question and best passage that suffices with agreement
 * @param minSentenceCosine cosine of question and a sentence that suffices with agreement
 * @param minCoverage IDF-weighted share of the question's words the article must hold alone
 * @param minDistinctiveTerms distinctive character pairs that suffice alone
 * @param maxDistinctiveShare a term held by at most this share of articles is distinctive
 * @param minForeignCosine the cosine a question without Chinese needs (with agreement)
 * @param relatedCoverage a not-found answer offers articles holding this share of the words
 * @param maxQuestionChars longer questions are refused with the reason
 * @param maxQuotes at most this many quoted spans in an answer
 * @param maxAnswerChars the quotes stop growing past this length
 */
public record AnswerSettings(double minPassageCosine, double minSentenceCosine,
    double minCoverage, int minDistinctiveTerms, double maxDistinctiveShare,
    double minForeignCosine, double relatedCoverage, int maxQuestionChars, int maxQuotes,
    int maxAnswerChars) {

  public static AnswerSettings defaults() {
    return new AnswerSettings(0.59, 0.60, 0.95, 6, 0.10, 0.40, 0.50, 300, 4, 320);
  }
}
