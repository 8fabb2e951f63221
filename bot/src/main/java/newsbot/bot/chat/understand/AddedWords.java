package newsbot.bot.chat.understand;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.WordVectors;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.query.QueryTermExtractor;
import newsbot.retrieval.query.SpokenWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a reply read with the previous question answers what a short message adds to it. Each
 * content word the message adds ({@link QueryTermExtractor}) must stand in an article the reply
 * cites (or what the paper writes for it: {@link SpokenWords}), or each of its characters in the sentences it quotes (坐几路车 is answered by 乘坐3路、
 * 11路公交车), or be said in other words in those sentences: one of their words is within
 * {@link #MIN_NEAR_COSINE} of it in the embedding (开门 for 开放 0.67, 看病 for 门诊 0.70, 每个 for
 * 每月 0.71). A word on another matter has no word that near: 天气 or 明天 after a question on
 * 跨境电商 (at most 0.58 to any word of that report), 打车 after the 207 bus (班车 0.61), so such a
 * message is a new question, not one about the previous answer. The bar is higher than the one
 * the answerer's gate sets for a missing concept (0.53), because here the previous question's
 * words have already pulled the article in.
 *
 * <p>Word vectors are the embedder's {@link WordVectors}. Thread-safe.
 */
public final class AddedWords {

  private static final Logger log = LoggerFactory.getLogger(AddedWords.class);

  /** A word of the quoted sentences this close to the message's word says it in other words. */
  public static final double MIN_NEAR_COSINE = 0.65;

  private final QueryTermExtractor terms;
  private final WordVectors vectors;

  public AddedWords(QueryTermExtractor terms, Embedder embedder) {
    this.terms = terms;
    this.vectors = embedder.words();
  }

  /**
   * Whether the reply covers every content word the message adds to the previous query.
   *
   * @param citedTexts the title and text of each article the reply cites
   * @param quoted the reply's quoted sentences
   */
  public boolean covers(String message, String previousQuery, List<String> citedTexts,
      String quoted) {
    String previous = previousQuery.toLowerCase(Locale.ROOT);
    List<String> texts = citedTexts.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    List<String> unsaid = new ArrayList<>();
    for (String w : terms.extract(message).content()) {
      boolean printed = texts.stream().anyMatch(t -> t.contains(w) || SpokenWords.printedAs(w, t))
          || w.chars().allMatch(ch -> quoted.indexOf(ch) >= 0);
      if (!previous.contains(w) && !printed) {
        unsaid.add(w);
      }
    }
    log.debug("added words unsaid {}", unsaid);
    return unsaid.isEmpty() || saidInOtherWords(unsaid, quoted);
  }

  private boolean saidInOtherWords(List<String> unsaid, String quoted) {
    Set<String> own = new LinkedHashSet<>();
    for (String w : ChineseAnalysis.SMARTCN.terms(quoted)) {
      if (MessageText.isHanWord(w)) {
        own.add(w);
      }
    }
    if (own.isEmpty() || !unsaid.stream().allMatch(MessageText::isHanWord)) {
      return false;
    }
    double[] nearest = vectors.nearest(unsaid, List.copyOf(own));
    log.debug("added words {} nearest {}", unsaid, nearest);
    for (double best : nearest) {
      if (best < MIN_NEAR_COSINE) {
        return false;
      }
    }
    return true;
  }
}
