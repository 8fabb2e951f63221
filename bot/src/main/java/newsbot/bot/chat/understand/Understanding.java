package newsbot.bot.chat.understand;

import java.time.LocalDate;
import java.util.Objects;
import newsbot.retrieval.query.DateMentions;

/**
 * What a message asks for.
 *
 * @param intent what kind of request it is
 * @param question the message without its greeting, thanks and emoji ("" when nothing is left):
 *     what the answerer should be given for {@link Intent#QUESTION} and {@link Intent#PERSON}
 * @param topic what it is about, without dates, pages, request words (介绍一下, 总结) and wrappers
 *     (关于…的报道): 跨境电商 for a {@link Intent#TOPIC} or {@link Intent#SUMMARY}, 市委书记 for
 *     市委书记是谁, the question without its dates for a {@link Intent#QUESTION}; "" for an
 *     {@link Intent#EDITION} and the social intents, or when a SUMMARY names no subject (说说)
 * @param time the dates, window, recency and page the question names (see {@link DateMentions})
 */
public record Understanding(Intent intent, String question, String topic, DateMentions time) {
  public Understanding {
    Objects.requireNonNull(intent, "intent");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(time, "time");
  }

  /**
   * After an edition reply showed the issue of {@code shown}, a page named alone (第2版呢, 头版)
   * is that issue's page; anything else, or no issue shown (null), is read as it is.
   */
  public Understanding ofIssueShown(LocalDate shown) {
    if (shown == null || intent != Intent.EDITION || time.hasDate() || time.page() == null
        || time.wantsNewest()) {
      return this;
    }
    return new Understanding(intent, question, topic,
        new DateMentions(shown, shown, time.page(), false, time.topic(), time.mentions()));
  }
}
