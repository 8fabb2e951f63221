package newsbot.bot.chat;

import java.util.Locale;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.digest.Digest;

/** What the bot says back; each channel renders it in its own format. */
public sealed interface Reply {

  /** What sort of reply this is (the {@code kind} of the chat contract). */
  Kind kind();

  /** The kinds of reply, as the {@code chat} command names them. */
  enum Kind {
    /** Who the bot is and what it can do. */
    INTRO,
    /** A greeting or thanks answered. */
    SOCIAL,
    /** An issue's or a page's articles (or why there is no such issue). */
    EDITION,
    /** The articles on a topic, newest first. */
    OVERVIEW,
    /** A cited answer to a question. */
    ANSWER,
    /** A cited summary across articles. */
    SUMMARY,
    /** The paper has nothing for the question. */
    NOT_FOUND,
    /** The reply to a command. */
    COMMAND,
    /** The message could not be handled (too long, too fast, a failure). */
    ERROR;

    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Plain text (greetings, help, confirmations, refusals). */
  record Text(Kind kind, String text) implements Reply {}

  /**
   * A cited answer, a summary, or an overview; an answer that found nothing is
   * {@link Kind#NOT_FOUND} whatever was asked.
   */
  record AnswerReply(Answer answer, Kind asked) implements Reply {
    public AnswerReply(Answer answer) {
      this(answer, Kind.ANSWER);
    }

    @Override
    public Kind kind() {
      return answer.found() ? asked : Kind.NOT_FOUND;
    }
  }

  /** An issue's digest; {@code intro} is a line above it (may be empty). */
  record DigestReply(String intro, Digest digest) implements Reply {
    @Override
    public Kind kind() {
      return Kind.EDITION;
    }
  }

  /** The reply to a command. */
  static Reply text(String text) {
    return new Text(Kind.COMMAND, text);
  }

  static Reply text(Kind kind, String text) {
    return new Text(kind, text);
  }
}
