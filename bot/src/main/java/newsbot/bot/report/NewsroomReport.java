package newsbot.bot.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What readers asked over some days, for an editor: how many questions, how many the paper
 * answered, the verdicts, what went unanswered (phrasings merged), what was asked most, which
 * articles were cited most, and the questions readers marked 👎 with the reply they got. Holds no
 * user ids or chat ids: the log does not have them.
 *
 * @param questions every logged message (greetings and edition requests too)
 * @param sought the questions that asked the paper for content (answer, summary, overview, not
 *     found): the denominator of the answer rate
 * @param notFound how many of those got "not found"
 * @param kinds how many replies of each kind
 */
public record NewsroomReport(int days, Instant from, Instant to, int questions, int sought,
    int notFound, Map<String, Integer> kinds, int helpful, int unhelpful,
    List<QuestionGroups.Group> unanswered, List<QuestionGroups.Group> topics,
    List<Cited> mostCited, List<Downvoted> downvoted) {

  public NewsroomReport {
    kinds = Map.copyOf(kinds);
    unanswered = List.copyOf(unanswered);
    topics = List.copyOf(topics);
    mostCited = List.copyOf(mostCited);
    downvoted = List.copyOf(downvoted);
  }

  /** An article and how many replies cited it; title, date and page when it is still loaded. */
  public record Cited(String articleId, String title, LocalDate date, Integer page, int count) {}

  /** A question a reader marked 👎, and what the bot had said. */
  public record Downvoted(Instant at, String question, String kind, String reply) {}

  /** Share of the content questions that got an answer; 0 when there were none. */
  @JsonProperty("answer_rate")
  public double answerRate() {
    return sought == 0 ? 0 : (sought - notFound) / (double) sought;
  }

  /** Share of the votes that were 👍; 0 when there were none. */
  @JsonProperty("helpful_rate")
  public double helpfulRate() {
    int votes = helpful + unhelpful;
    return votes == 0 ? 0 : helpful / (double) votes;
  }
}
