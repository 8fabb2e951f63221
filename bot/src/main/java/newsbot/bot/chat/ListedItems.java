package newsbot.bot.chat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import newsbot.bot.chat.understand.ConversationMemory;
import newsbot.bot.chat.understand.ListedItem;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.AnswerRequest;
import newsbot.retrieval.answer.Overviews;
import newsbot.retrieval.model.Article;

/**
 * 第二条详细说说 after a list of articles (an edition's digest, a topic's overview, an answer's
 * sources): the summary of the article pointed at. Thread-safe.
 */
final class ListedItems {

  /** The reply and the pointed article's title, what a later follow-up leans on. */
  record Pointed(Reply reply, String title) {}

  private final NewsLibrary library;
  private final Overviews overviews;

  ListedItems(NewsLibrary library, Overviews overviews) {
    this.library = library;
    this.overviews = overviews;
  }

  /**
   * The summary of the article the message points at in the newest turn's list; empty when the
   * message points at no article (or past the end of the list).
   */
  Optional<Pointed> reply(String text, Optional<ConversationMemory.Turn> newest)
      throws IOException {
    OptionalInt n = ListedItem.of(text);
    List<String> listed = newest.map(ConversationMemory.Turn::articleIds).orElse(List.of());
    if (n.isEmpty() || n.getAsInt() > listed.size()) {
      return Optional.empty();
    }
    String id = listed.get(n.getAsInt() - 1);
    Reply reply = new Reply.AnswerReply(overviews.summaryOf(AnswerRequest.of(text), id),
        Reply.Kind.SUMMARY);
    String title = library.corpus().article(id).map(Article::title).orElse(text);
    return Optional.of(new Pointed(reply, title));
  }
}
