package newsbot.bot.chat;

import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.digest.Digest;

/** What the bot says back; each channel renders it in its own format. */
public sealed interface Reply {

  /** Plain text (help, confirmations, refusals). */
  record Text(String text) implements Reply {}

  /** A cited answer (or an honest "not found"). */
  record AnswerReply(Answer answer) implements Reply {}

  /** An issue's digest; {@code intro} is a line above it (may be empty). */
  record DigestReply(String intro, Digest digest) implements Reply {}

  static Reply text(String text) {
    return new Text(text);
  }
}
