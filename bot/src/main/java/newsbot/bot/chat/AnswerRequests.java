package newsbot.bot.chat;

import java.io.IOException;
import java.util.Set;
import newsbot.bot.chat.understand.Understanding;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.AnswerRequest;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.query.DateMentions;

/**
 * Questions as the answerer takes them: the dates a message names filter the search only when an
 * issue was printed in them (else they are the date of an event: 11月20日起实施的线路 was printed
 * earlier). Thread-safe.
 */
final class AnswerRequests {

  private final NewsLibrary library;
  private final Answerer answerer;

  AnswerRequests(NewsLibrary library, Answerer answerer) {
    this.library = library;
    this.answerer = answerer;
  }

  /** The request for {@code query}, asked as {@code question}, with the message's dates. */
  AnswerRequest request(String question, String query, DateMentions time,
      Set<String> preferred) throws IOException {
    boolean printed = time.from() != null && library.issueDates().stream()
        .anyMatch(d -> !d.isBefore(time.from()) && !d.isAfter(time.to()));
    // a printing date filters; its words (昨天的报纸) would only blur the search
    String searched = printed && query.equals(question) && !time.topic().isBlank() ? time.topic()
        : query;
    return new AnswerRequest(question, searched, printed ? time.from() : null,
        printed ? time.to() : null, time.wantsNewest(), preferred);
  }

  /** The cited answer to the message, searched as {@code query} (the message when null). */
  Reply answer(Understanding u, String query, Set<String> preferred) throws IOException {
    AnswerRequest request = request(u.question(), query != null ? query : u.question(), u.time(),
        preferred);
    return new Reply.AnswerReply(answerer.answer(request), Reply.Kind.ANSWER);
  }
}
