package newsbot.bot.chat;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import newsbot.bot.chat.understand.Intent;
import newsbot.bot.chat.understand.Understanding;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.AnswerRequest;
import newsbot.retrieval.answer.Overviews;

/**
 * Replies about people: who holds a role or who a named person is (市委书记是谁, 邵文婕是谁), a
 * named person's office (周军波是什么职务), and a question about the person asked before
 * (她去了什么活动 after 姚丽萍是谁). Each falls back to the question as the answerer reads it.
 * Thread-safe.
 */
final class PersonReplies {

  private final Overviews overviews;
  private final PersonQuestions people;
  private final ReadingsWithPrevious readings;
  private final AnswerRequests requests;

  PersonReplies(Overviews overviews, PersonQuestions people, ReadingsWithPrevious readings,
      AnswerRequests requests) {
    this.overviews = overviews;
    this.people = people;
    this.readings = readings;
    this.requests = requests;
  }

  /** 市委书记是谁 (a role), 邵文婕是谁 (a name): the sentence that states it, else a question. */
  Reply person(Understanding u, String query, Set<String> preferred) throws IOException {
    String subject = people.subject(u);
    Optional<Answer> found = people.who(
        requests.request(u.question(), subject, u.time(), preferred), subject);
    if (found.isPresent()) {
      return new Reply.AnswerReply(found.get(), Reply.Kind.ANSWER);
    }
    return requests.answer(u, query, preferred);
  }

  /** A question; one that asks for a named person's office (周军波是什么职务) is about the person. */
  Reply question(Understanding u, String query, Set<String> preferred) throws IOException {
    Optional<Understanding> office = people.asksOffice(u);
    return office.isPresent() ? person(office.get(), query, preferred)
        : requests.answer(u, query, preferred);
  }

  /**
   * 她去了什么活动 after 姚丽萍是谁, asked as 姚丽萍去了什么活动: the sentences that print the name,
   * those saying what the message asks first, kept when their articles cover every word it adds
   * ({@link ReadingsWithPrevious#coversEveryNewWord}); else the question as the answerer reads
   * it, refused when the paper does not say it (她多大年纪).
   */
  Reply aboutPerson(Understanding u, String asked, String person) throws IOException {
    AnswerRequest request = requests.request(asked, asked, u.time(), Set.of());
    Optional<Answer> said = overviews.personMentions(request, person);
    if (said.isPresent()) {
      Reply reply = new Reply.AnswerReply(said.get(), Reply.Kind.ANSWER);
      if (readings.coversEveryNewWord(reply, asked, person)) {
        return reply;
      }
    }
    return requests.answer(new Understanding(Intent.QUESTION, asked, u.topic(), u.time()), asked,
        Set.of());
  }

  /** The named person the message asked about, "" when none. */
  String named(Understanding u) {
    return people.named(u);
  }
}
