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
 * sources): the summary of the article pointed at; 第一个几号开始: the question asked of it, read
 * as a follow-up of that article alone.
 * Thread-safe.
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
   * The summary of the article the message points at in the newest turn's list; a line saying
   * the list is shorter (or was never sent) when it points past its end; empty when the message
   * points at nothing.
   */
  Optional<Pointed> reply(String text, Optional<ConversationMemory.Turn> newest)
      throws IOException {
    OptionalInt n = ListedItem.of(text);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    List<String> listed = newest.map(ConversationMemory.Turn::articleIds).orElse(List.of());
    if (n.getAsInt() > listed.size()) {
      String why = listed.isEmpty() ? "刚才没有列出报道。" : "刚才只列出了" + listed.size() + "篇报道。";
      return Optional.of(new Pointed(Reply.text(Reply.Kind.SOCIAL, why
          + "先发一个话题或“今天报纸有啥”,我列出报道后再说第几条。"), ""));
    }
    String id = listed.get(n.getAsInt() - 1);
    Reply reply = new Reply.AnswerReply(overviews.summaryOf(AnswerRequest.of(text), id),
        Reply.Kind.SUMMARY);
    String title = library.corpus().article(id).map(Article::title).orElse(text);
    return Optional.of(new Pointed(reply, title));
  }

  /**
   * A question about an article of the newest turn's list (第一个几号开始): what it asks (几号开始)
   * and a turn about that article alone, for the question to lean on as a follow-up leans on the
   * turn before it (searched with the article's title, its article preferred).
   */
  record AskedOf(String question, ConversationMemory.Turn about) {}

  /** The question about a listed article the message asks, or empty when it asks none. */
  Optional<AskedOf> askedOf(String text, Optional<ConversationMemory.Turn> newest)
      throws IOException {
    Optional<ListedItem.Asking> asking = ListedItem.asking(text);
    List<String> listed = newest.map(ConversationMemory.Turn::articleIds).orElse(List.of());
    if (asking.isEmpty() || asking.get().n() > listed.size()) {
      return Optional.empty();
    }
    String id = listed.get(asking.get().n() - 1);
    ConversationMemory.Turn list = newest.get();
    return library.corpus().article(id).map(a -> new AskedOf(asking.get().question(),
        new ConversationMemory.Turn(a.title(), a.title(), List.of(id), "", list.at(), "",
            list.issue())));
  }
}
