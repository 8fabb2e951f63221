package newsbot.bot.chat.understand;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.analysis.Words;
import newsbot.retrieval.query.DateMentions;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.query.QuestionWords;

/**
 * Sorts a citizen's message into an {@link Intent}, by rules, in this order (the first that holds):
 *
 * <ol>
 *   <li>only greetings, thanks, farewells, acknowledgements, emoji or punctuation:
 *       {@link Intent#THANKS} if it thanks, else {@link Intent#FAREWELL} if it takes leave, else
 *       {@link Intent#GREETING} if it greets, else {@link Intent#ACKNOWLEDGEMENT}. Around real content they are dropped and the content
 *       decides (你好,平湖跨境电商2027年目标是多少 is a question);
 *   <li>{@link Intent#ABOUT_BOT}: the whole message asks about the bot (你是谁, 你能干啥, 你能干嘛,
 *       怎么用, 有什么功能, 帮助), or is only question marks (???); 充电桩怎么用 is not;
 *   <li>{@link Intent#PERSON}: it asks who (X是谁, 谁是X, 谁主持…, 哪位, 叫什么名字), or is only a
 *       role (市委书记, 那图书馆馆长呢);
 *   <li>{@link Intent#EDITION}: it names a day, a window, recency or a page, or says 报纸, 新闻,
 *       这期, 本期, 头条, and nothing is left once those, question words and request words (有啥,
 *       讲了什么, 介绍一下) are gone;
 *   <li>{@link Intent#SUMMARY}: a request word (总结, 概括, 介绍, 讲讲, 说说, 梳理 …) and no
 *       question word in what it asks about, or what the article on a subject says (充电那篇讲了啥);
 *   <li>{@link Intent#TOPIC}: a subject wrapped as news (关于消防安全的报道, 跨境电商有什么新闻,
 *       有没有关于新华小区的, 有没有跟老年人有关的消息), or a
 *       short subject (at most 12 Han characters) with no question word or mark, no question
 *       opener (请问, 我想知道), not said in the first person (我要投诉) and no slot word at its
 *       end (目标, 时间, 票价 make 跨境电商的目标 a question);
 *   <li>{@link Intent#QUESTION}: everything else.
 * </ol>
 *
 * <p>Commands (/…) are not its business. Stateless and thread-safe.
 */
public final class MessageUnderstanding {

  /** Openers that make what follows a question. */
  private static final Pattern ASKING_OPENER = Pattern.compile(
      "^(?:请问一下|请问|请教一下|请教|我想问一下|我想问下|我想问|想问一下|想问下|想问|问一下|问下|麻烦问一下|"
          + "麻烦问下|我想知道|想知道|能不能告诉我|能告诉我|可以告诉我|告诉我)\\s*");
  /** Openers that ask to see a subject. */
  private static final Pattern LOOKING_OPENER = Pattern.compile(
      "^(?:我想了解一下|我想了解|想了解一下|想了解|了解一下|帮我查一下|帮我查查|帮我查|帮我找一下|帮我找|查一下|"
          + "查查|搜一下|搜搜|找一下|我想看看|我想看|想看看|想看|给我看看|看看|麻烦|请)\\s*");
  private static final String BOT = "(?:你|您|你们|机器人|小助手|助手|这个机器人|这个助手|这个)?";
  private static final Pattern ABOUT_BOT = Pattern.compile("^(?:"
      + "(?:你们|你|您)(?:是谁|是哪位|是哪个|是什么|是干什么的|是做什么的|是(?:干|做)(?:嘛|啥)的|叫什么名字|叫什么|叫啥|是机器人|是人工智能|是ai|是真人)"
      + "|" + BOT + "(?:能|可以|会)(?:帮我|为我)?(?:做|干|问|查)?(?:些什么|什么|点啥|啥|嘛)"
      // 你能干嘛 once its trailing 嘛 is gone
      + "|" + BOT + "(?:能|可以|会)(?:帮我|为我)?(?:做|干)"
      + "|" + BOT + "(?:有什么|有啥|有哪些)(?:功能|用处|用|本事)"
      + "|" + BOT + "(?:怎么用|如何使用|怎么使用|如何用|咋用|怎么玩|怎么提问|怎么问|怎么查)"
      // 有哪几期: what is loaded, which the introduction says
      + "|(?:报纸)?(?:都|一共|总共)?有(?:哪几期|哪些期|几期)(?:报纸)?"
      + "|(?:你|你们)?(?:载入|收录)了?(?:哪几期|哪些期|几期|哪些报纸|什么报纸)"
      + "|帮助|help|使用说明|说明书|功能介绍|使用方法|功能|菜单|menu)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CLAUSE_END = Pattern.compile("[,.!?;。、\\s]+");
  private static final Pattern TRAILING_PARTICLES =
      Pattern.compile("(?:(?<![什怎那这多])么|[吗呢呀啊吧嘛哦~?!.。,、\\s])+$");
  /** 叫什么名字, as typed too: 叫啥名子, 叫什么名儿. */
  private static final String ASKS_NAME = "叫(?:什么|啥)(?:名字|名子|名儿)";
  private static final Pattern PERSON = Pattern.compile(
      "谁|哪位|哪些人|哪些领导|" + ASKS_NAME + "|(?:" + Offices.WORDS + ")(?:叫啥|叫什么)");
  /** Only a role, perhaps as a follow-up (那图书馆馆长呢, 市委书记): who holds it. */
  private static final Pattern ONLY_ROLE = Pattern.compile(
      "^(?:那么|那)?([\\p{IsHan}&&[^谁是的哪]]{0,8}(?:" + Offices.WORDS + "))(?:呢)?[?!.。\\s]*$");
  private static final Pattern PERSON_WORDS = Pattern.compile(
      "到底|究竟|是谁|谁是|是哪位|哪位|谁|是哪些人|哪些人|哪些领导|" + ASKS_NAME + "|叫(?:什么|啥)"
          + "|^(?:那个|这个|那位|这位)|[吗呢呀啊?!.。,\\s]+$");
  /** Words that name the paper itself. */
  private static final String PAPER_WORDS = "报纸|报上|报刊|这一期|这期|本期|该期|当期|头条|版面|要闻|新闻|消息|报道";
  private static final Pattern PAPER = Pattern.compile(PAPER_WORDS);
  /** What may stand around a day or a page when the paper is all that is asked for. */
  private static final Pattern EDITION_WORDS = Pattern.compile(PAPER_WORDS
      + "|内容|讲了些|讲了|说了|写了|登了|刊登了|刊登|刊发|讲的是|说的是|讲|说|写|登|有|都|些|主要|大概|重要|重点|"
      + "一览|看头|看一下|看看|瞧瞧|看|期|份|的|了|是|出来|出|更新|没有|没|点|^那么|^那");
  private static final Pattern REQUEST = Pattern.compile(
      "(?:给我|帮我|请|再|具体|详细|简单|大概|稍微)*(?:总结|概括|介绍|讲讲|说说|聊聊|梳理|汇总|盘点|讲一下|说一下|讲下|说下|科普|"
          + "解读|简述|概述|归纳)(?:一下|下)?|(?:是|到底是)?(?:怎么|咋)(?:一)?回事");
  private static final Pattern SUBJECT_WRAPPER = Pattern.compile(
      "^(?:关于|有关)|(?:的|相关的?|有关的?|方面的?)?(?:报道|新闻|消息|文章|情况|内容)$"
          + "|(?:方面|领域|这块|这一块|这方面)$"
          + "|(?:那|这|的那|的这)(?:篇|条|则|个)(?:报道|新闻|消息|文章)?$");
  /**
   * 关于, or 跟 before a subject the message then says something is 有关 to (跟老年人有关的消息):
   * group 1 is the 跟, which may also begin the subject's first word (和谐社区).
   */
  private static final String ABOUT = "(?:关于|有关|([跟和与同])(?=.+(?:有关|相关)))";
  private static final Pattern NEWS_ABOUT = Pattern.compile(
      "^(?:有没有|有什么|有啥|有哪些)?" + ABOUT + "?(.+?)(?:的|相关的?|有关的?|方面的?)?"
          + "(?:有什么|有啥|有哪些|有没有)?(?:新闻|报道|消息|文章)(?:有吗|有没有|有不|有么|吗|呢)?"
          + "[?!.。\\s]*$");
  /** 充电那篇讲了啥, 老年大学那条新闻说的什么: what the article on a subject says. */
  private static final Pattern ARTICLE_SAYS = Pattern.compile(
      "^(.+?)的?(?:那|这)(?:篇|条|则|个)(?:报道|新闻|消息|文章)?(?:主要|都)?"
          + "(?:讲了|说了|写了|讲的|说的|写的)(?:些)?(?:啥|什么)(?:内容|事)?[?!.。~\\s]*$");
  /** 有没有关于新华小区的: the news noun left out. */
  private static final Pattern ANY_ABOUT = Pattern.compile(
      "^(?:有没有|有什么|有啥|有哪些)" + ABOUT + "(.+?)(?:的|相关的?|有关的?|方面的?)?"
          + "(?:吗|呢)?[?!.。\\s]*$");
  /** 有什么文化活动, 有啥报名的通知: a request for the items of a kind, answered with a list. */
  private static final String LISTED_KINDS = "活动|通知|公告|讲座|展览|展会|演出|比赛|赛事|招聘|政策|措施|"
      + "项目|工程|优惠|补贴";
  /** 或者演出 after 展览: further kinds asked together. */
  private static final Pattern MORE_KINDS = Pattern.compile("或者|或是|或|还是|和|跟|、");
  private static final Pattern LISTING = Pattern.compile(
      "^(?:有没有|有什么|有啥|有哪些)(.{0,10}?)((?:" + LISTED_KINDS + ")(?:(?:" + MORE_KINDS.pattern()
          + ")(?:" + LISTED_KINDS + "))*)(?:信息|消息|新闻)?(?:没有|没)?"
          + "(?:可以|能)?(?:去)?(?:看看|看|参加|玩玩|逛逛)?[吗呢呀?!.。\\s]*$");
  private static final Pattern SLOT_END = Pattern.compile(
      "(?:目标|时间|日期|地点|地址|票价|门票|价格|费用|数量|规模|金额|人数|原因|结果|条件|要求|标准|电话|名单)$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
  private static final int TOPIC_MAX_HAN = 12;
  private static final Pattern ISSUE_STEP = Pattern.compile("^(?:那么?)?再?往?(?:(前一期|上一期|上期|前面一期"
      + "|之前一期|前一份)|(?:后一期|下一期|下期|后面一期))(?:的|报纸|的报纸)*(?:呢|讲了啥|讲了什么|有啥|有什么)?"
      + "[?!.。\\s]*$");
  /** A message longer than this, in Han characters, is read by its asking clause. */
  private static final int LONG_HAN = 40;
  /** An asking clause this short (是真的吗) asks about the clause before it. */
  private static final int SUBJECTLESS_HAN = 5;

  /**
   * The issue before (-1) or after (+1) the one last shown that the message asks for (那再前一期呢,
   * 上一期, 下一期呢), or 0 when it asks for neither.
   */
  public static int issueStep(String message) {
    Matcher m = ISSUE_STEP.matcher(SocialPhrases.strip(MessageText.normalize(message)).core());
    return !m.matches() ? 0 : m.group(1) != null ? -1 : 1;
  }

  /** What {@code message} asks for; {@code today} is its day in the asker's time zone. */
  public Understanding understand(String message, LocalDate today) {
    String normal = MessageText.normalize(message);
    String asked = askingClause(normal);
    return read(asked != null ? asked : normal, today);
  }

  /** What the normalised text asks, read whole (a long message's asking clause is read once). */
  private Understanding read(String normal, LocalDate today) {
    SocialPhrases.Stripped social = SocialPhrases.strip(normal);
    Intent socialIntent = social.socialIntent();
    if (socialIntent != null) {
      return new Understanding(socialIntent, "", "", DateMentions.parse("", today));
    }
    String question = social.core();
    Matcher asking = ASKING_OPENER.matcher(question);
    boolean opensAsQuestion = asking.lookingAt();
    String bare = opensAsQuestion ? question.substring(asking.end())
        : LOOKING_OPENER.matcher(question).replaceFirst("");
    DateMentions time = DateMentions.parse(bare, today);
    if (aboutBot(bare)) {
      return new Understanding(Intent.ABOUT_BOT, question, "", time);
    }
    Matcher role = ONLY_ROLE.matcher(bare);
    if (role.matches()) {
      return new Understanding(Intent.PERSON, question, role.group(1), time);
    }
    if (PERSON.matcher(bare).find()) {
      return new Understanding(Intent.PERSON, question,
          PERSON_WORDS.matcher(time.topic()).replaceAll("").strip(), time);
    }
    if (isEdition(time)) {
      return new Understanding(Intent.EDITION, question, "", time);
    }
    Matcher request = REQUEST.matcher(time.topic());
    if (request.find()) {
      String rest = request.replaceFirst(" ");
      if (!QuestionWords.asks(rest)) {
        return new Understanding(Intent.SUMMARY, question, subject(rest), time);
      }
    }
    Matcher says = ARTICLE_SAYS.matcher(time.topic());
    if (says.matches() && WORD.matcher(subject(says.group(1))).find()) {
      return new Understanding(Intent.SUMMARY, question, subject(says.group(1)), time);
    }
    Matcher news = NEWS_ABOUT.matcher(time.topic());
    if (!news.matches()) {
      news = ANY_ABOUT.matcher(time.topic());
    }
    if (news.matches() && WORD.matcher(subject(about(news))).find()) {
      return new Understanding(Intent.TOPIC, question, subject(about(news)), time);
    }
    Matcher listing = LISTING.matcher(time.topic());
    if (listing.matches()) {
      return new Understanding(Intent.TOPIC, question,
          subject(listing.group(1).replace("的", " ")
              + MORE_KINDS.matcher(listing.group(2)).replaceAll(" ")), time);
    }
    if (isBareTopic(time.topic(), opensAsQuestion)) {
      return new Understanding(Intent.TOPIC, question, subject(time.topic()), time);
    }
    return new Understanding(Intent.QUESTION, question, time.topic(), time);
  }

  /**
   * The clause a long message first asks in (我住梅园新村 … 我就想问问到底哪天停水啊停多久 …:
   * 我就想问问到底哪天停水啊停多久), with the clause before it when it is too short to name a
   * subject (是真的吗), or null when the message is short or no clause asks: the story around a
   * question only dilutes it.
   */
  private static String askingClause(String text) {
    if (MessageText.hanCount(text) <= LONG_HAN) {
      return null;
    }
    String[] clauses = CLAUSE_END.split(text);
    if (clauses.length < 2) {
      return null; // one long clause: nothing to leave out (and no end to reading clauses)
    }
    for (int i = 0; i < clauses.length; i++) {
      if (QuestionWords.asks(clauses[i])) {
        // 是真的吗 asks about the clause before it (听说现在坐公交车不要钱了)
        return i > 0 && MessageText.hanCount(clauses[i]) <= SUBJECTLESS_HAN
            ? clauses[i - 1] + " " + clauses[i] : clauses[i];
      }
    }
    return null;
  }

  /** Every clause asks about the bot (你是哪位呀,能帮我干点啥). */
  private static boolean aboutBot(String text) {
    boolean any = false;
    for (String clause : CLAUSE_END.split(text)) {
      String c = TRAILING_PARTICLES.matcher(clause).replaceAll("");
      if (!c.isEmpty() && !ABOUT_BOT.matcher(c).matches()) {
        return false;
      }
      any |= !c.isEmpty();
    }
    return any;
  }

  /** Nothing but the day, the page and words about the paper: no subject of its own. */
  private static boolean isEdition(DateMentions time) {
    String rest = QuestionWords.strip(time.topic());
    boolean namesPaper = PAPER.matcher(rest).find();
    rest = REQUEST.matcher(rest).replaceAll(" ");
    rest = EDITION_WORDS.matcher(rest).replaceAll(" ");
    return !WORD.matcher(rest).find() && (!time.isEmpty() || namesPaper);
  }

  private static boolean isBareTopic(String topic, boolean opensAsQuestion) {
    return !opensAsQuestion && !topic.startsWith("我") && WORD.matcher(topic).find()
        && !QuestionWords.asks(topic)
        && MessageText.hanCount(topic) <= TOPIC_MAX_HAN && topic.length() <= 2 * TOPIC_MAX_HAN
        && !SLOT_END.matcher(TRAILING_PARTICLES.matcher(topic).replaceAll("")).find();
  }

  /**
   * The subject of a news request, with the 跟 read as one only when the dictionary does not
   * begin the subject's first word with it (和谐社区, 同城快递).
   */
  private static String about(Matcher news) {
    String with = news.group(1);
    String rest = news.group(2);
    if (with == null) {
      return rest;
    }
    List<Words.Word> words = Words.of(with + rest);
    return !words.isEmpty() && words.get(0).text().length() > 1 ? with + rest : rest;
  }

  /** The subject without its wrapper: 关于消防安全的报道 → 消防安全. */
  private static String subject(String text) {
    String s = TRAILING_PARTICLES.matcher(text.strip()).replaceAll("").strip();
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = SUBJECT_WRAPPER.matcher(s).replaceAll("").strip();
      s = s.startsWith("的") ? s.substring(1).strip() : s;
    }
    return s;
  }
}
