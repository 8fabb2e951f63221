package newsbot.bot.chat.understand;

/** What a citizen's message asks the bot for. */
public enum Intent {
  /** 你好, 在吗, hi: nothing else in the message. */
  GREETING,
  /** 谢谢, 多谢, thx. */
  THANKS,
  /** ok, 好的, 收到, hhh, 👍, or a message with no letter or digit at all: nothing to search. */
  ACKNOWLEDGEMENT,
  /** 拜拜, 再见: the asker is leaving. */
  FAREWELL,
  /** 你是谁, 你能做什么, 怎么用: about the bot itself. */
  ABOUT_BOT,
  /** What an issue or a page says: 今天报纸有啥, 8月4日头版说了什么, 最新一期, 第3版. */
  EDITION,
  /** A summary of a subject: 介绍一下平湖的人才政策, 总结一下跨境电商的报道. */
  SUMMARY,
  /** A bare subject without a question: 跨境电商, 人才政策, 关于消防安全的报道. */
  TOPIC,
  /** Who someone is or who did something: 市委书记是谁, 谁主持了会议. */
  PERSON,
  /** Anything else: a question to answer from the articles. */
  QUESTION
}
