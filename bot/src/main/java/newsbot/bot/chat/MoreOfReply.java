package newsbot.bot.chat;

import java.io.IOException;
import java.util.stream.Collectors;
import newsbot.bot.chat.understand.ConversationMemory;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Overviews;

/**
 * 还有吗, 详细点 after a reply: what the articles it cited say beyond every sentence this
 * conversation was sent on that topic, else a line saying that was all. Thread-safe.
 */
final class MoreOfReply {

  static final String NOTHING_MORE = "这篇报道的内容上面都说到了。想了解别的,直接问我。";

  private final Overviews overviews;
  private final ConversationMemory memory;

  MoreOfReply(Overviews overviews, ConversationMemory memory) {
    this.overviews = overviews;
    this.memory = memory;
  }

  Reply reply(String asked, ConversationMemory.Key key, ConversationMemory.Turn previous)
      throws IOException {
    String shown = memory.turns(key).stream()
        .filter(t -> t.query().equals(previous.query()))
        .map(ConversationMemory.Turn::reply).collect(Collectors.joining("\n"));
    Answer more = overviews.more(asked, previous.query(), previous.articleIds(), shown);
    return more.found() ? new Reply.AnswerReply(more, Reply.Kind.SUMMARY)
        : Reply.text(Reply.Kind.SOCIAL, NOTHING_MORE);
  }
}
