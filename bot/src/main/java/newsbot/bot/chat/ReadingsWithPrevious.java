package newsbot.bot.chat;

import java.io.IOException;
import java.util.List;
import newsbot.bot.chat.understand.AddedWords;
import newsbot.bot.chat.understand.AgeQuestions;
import newsbot.bot.chat.understand.ConversationMemory;
import newsbot.bot.chat.understand.Understanding;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Citation;

/**
 * Whether a reply to a message read with the previous turn (多久一班 after K9路经过哪些地方) answers
 * what the message asks: it cites the previous answer's article first, and its articles print the
 * words the message adds, or say them in close words ({@link AddedWords}). Thread-safe.
 */
final class ReadingsWithPrevious {

  private final NewsLibrary library;
  private final AddedWords addedWords;

  ReadingsWithPrevious(NewsLibrary library, AddedWords addedWords) {
    this.library = library;
    this.addedWords = addedWords;
  }

  /** The reply cites one of the previous turn's articles first. */
  boolean citesFirst(Reply reply, ConversationMemory.Turn previous) {
    if (reply.kind() == Reply.Kind.NOT_FOUND) {
      return false;
    }
    List<Citation> cited = ((Reply.AnswerReply) reply).answer().citations();
    return !cited.isEmpty() && previous.articleIds().contains(cited.get(0).articleId());
  }

  /** The reading with the previous question answers and covers the words the message adds. */
  boolean answersWith(Reply reply, Understanding u, ConversationMemory.Turn previous)
      throws IOException {
    return reply.kind() != Reply.Kind.NOT_FOUND
        && coversEveryNewWord(reply, u.question(), previous.query());
  }

  /** Whether the reply answers what the message adds to the previous query: {@link AddedWords}. */
  boolean coversEveryNewWord(Reply reply, String message, String previousQuery)
      throws IOException {
    var corpus = library.corpus();
    Answer answer = ((Reply.AnswerReply) reply).answer();
    List<String> texts = answer.citations().stream()
        .map(c -> corpus.article(c.articleId()).map(a -> a.title() + a.text()).orElse(""))
        .toList();
    String asked = AgeQuestions.withoutAskedPerson(message, answer.answer());
    return addedWords.covers(asked, previousQuery, texts, answer.answer());
  }
}
