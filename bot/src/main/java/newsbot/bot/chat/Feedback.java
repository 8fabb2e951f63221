package newsbot.bot.chat;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import newsbot.bot.log.QuestionLog;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.digest.Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader's side of the question log: every question and the kind of reply it got is logged
 * (when the log is on), readers vote 👍/👎 on replies to their own questions, {@code /privacy}
 * says what is kept and {@code /forget} deletes it. The command line's questions are not logged:
 * they are the operator's, not readers'.
 */
final class Feedback {

  private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
  /** Replies a reader can vote on: the ones that answer (or fail to answer) a question. */
  private static final Set<Reply.Kind> VOTABLE = Set.of(Reply.Kind.ANSWER, Reply.Kind.SUMMARY,
      Reply.Kind.OVERVIEW, Reply.Kind.NOT_FOUND, Reply.Kind.EDITION);
  private static final int MAX_REPLY_CHARS = 600;

  private final QuestionLog log;

  /** @param log the question log, or null when logging is off */
  Feedback(QuestionLog log) {
    this.log = log;
  }

  /**
   * Logs a question and the reply it got; returns the id a vote names, or 0 when the reply takes
   * no vote (a greeting) or nothing is logged. A failing log never costs the reader the answer.
   */
  long record(Incoming in, String question, Conversation.Replied replied) {
    if (log == null || in.channel() == Channel.CLI) {
      return 0;
    }
    Reply reply = replied.reply();
    try {
      long id = log.record(new QuestionLog.Question(in.channel().key(), person(in), question,
          replied.topic(), reply.kind().jsonName(), articles(reply), evidence(reply),
          summary(reply)));
      return VOTABLE.contains(reply.kind()) ? id : 0;
    } catch (SQLException e) {
      LOG.error("could not log a {} question", in.channel().key(), e);
      return 0;
    }
  }

  /** The reader's verdict on the reply to their question {@code questionId}, acknowledged. */
  ChatService.Verdict vote(Channel channel, String userId, String chatId, long questionId,
      boolean helpful) throws SQLException {
    if (log == null) {
      return new ChatService.Verdict("谢谢!", false);
    }
    QuestionLog.VoteOutcome outcome =
        log.vote(questionId, channel.key(), person(channel, userId, chatId), helpful);
    return switch (outcome) {
      case RECORDED -> new ChatService.Verdict(helpful ? "谢谢,已记下:有帮助。"
          : "谢谢,已记下:没帮上忙。编辑会看到这个问题。", false);
      case ALREADY_VOTED -> new ChatService.Verdict("这条回答已经评价过了,谢谢。", false);
      case GONE -> new ChatService.Verdict("这条问答已经不在记录里了(超过保存期限或已删除),无法评价。", false);
      case NOT_YOURS -> new ChatService.Verdict("只有提问的人可以评价这条回答。", true);
    };
  }

  String privacy(String paper) {
    if (log == null) {
      return "这个机器人不记录提问。订阅每日摘要时只保存你的聊天编号和推送时间,发送 /unsubscribe 即删除。";
    }
    long days = log.retention().toDays();
    return "为了让" + paper + "的编辑知道读者想了解什么、哪些问题报纸还没回答,机器人会记录:"
        + "提问的时间、渠道、问题原文(电话、证件号、邮箱会被遮掉)、回答的类型和引用的文章,以及你点的 👍/👎。"
        + "\n不记录你的账号、名字或聊天编号:只存一个加密的匿名编号,用来让你删除自己的记录、每条回答只评价一次。"
        + "\n记录保存 " + days + " 天后自动删除。发送 /forget 立即删除你的全部提问记录。";
  }

  String forget(Incoming in) throws SQLException {
    if (log == null) {
      return "没有你的提问记录:这个机器人不记录提问。";
    }
    int n = log.forget(in.channel().key(), person(in));
    LOG.info("/forget on {} deleted {} rows", in.channel().key(), n);
    return n == 0 ? "没有你的提问记录。" : "已删除你的 " + n + " 条提问记录。";
  }

  /**
   * Whose question: the person, in their channel's ids. The web chat has no accounts: there the
   * person is the browser's own id under the client's address (the chat id).
   */
  private static String person(Incoming in) {
    return person(in.channel(), in.userId(), in.chatId());
  }

  private static String person(Channel channel, String userId, String chatId) {
    return channel == Channel.WEB ? chatId : userId;
  }

  private static List<String> articles(Reply reply) {
    if (reply instanceof Reply.AnswerReply a) {
      return a.answer().citations().stream().map(Citation::articleId).distinct().toList();
    }
    if (reply instanceof Reply.DigestReply d) {
      return d.digest().pages().stream().flatMap(p -> p.articles().stream())
          .map(Digest.Item::articleId).toList();
    }
    return List.of();
  }

  private static QuestionLog.Evidence evidence(Reply reply) {
    if (reply instanceof Reply.AnswerReply a) {
      Answer answer = a.answer();
      return new QuestionLog.Evidence(answer.coverage(), answer.similarity());
    }
    return null;
  }

  /** What the reader was told, short: the answer's text, or the digest it got. */
  private static String summary(Reply reply) {
    String text;
    if (reply instanceof Reply.AnswerReply a) {
      text = a.answer().answer();
    } else if (reply instanceof Reply.DigestReply d) {
      text = (d.intro().isEmpty() ? "" : d.intro() + " ") + "摘要:" + d.digest().date() + ","
          + d.digest().articleCount() + " 篇";
    } else if (reply instanceof Reply.Text t) {
      text = t.text();
    } else {
      text = reply.kind().jsonName();
    }
    return text.length() <= MAX_REPLY_CHARS ? text : text.substring(0, MAX_REPLY_CHARS) + "…";
  }
}
