package newsbot.retrieval.answer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader asks, as the answerers take it.
 *
 * @param question the text as asked (what the reply quotes back)
 * @param query what to search for: the question, or the question with the topic of the previous
 *     turn added (a follow-up such as 那2030年呢?)
 * @param from earliest page date (inclusive) the question names, or null
 * @param to latest page date (inclusive), or null
 * @param preferNewer the question asks for the newest information (最新, 最近, 现在): among the
 *     articles that answer, newer ones come first
 * @param preferred articles cited in the previous turn of the conversation: preferred when they
 *     answer about as well as the best
 */
public record AnswerRequest(String question, String query, LocalDate from, LocalDate to,
    boolean preferNewer, Set<String> preferred) {

  public AnswerRequest {
    Objects.requireNonNull(question, "question");
    query = query == null || query.isBlank() ? question : query;
    preferred = preferred == null ? Set.of() : Set.copyOf(preferred);
  }

  public static AnswerRequest of(String question) {
    return new AnswerRequest(question, question, null, null, false, Set.of());
  }
}
