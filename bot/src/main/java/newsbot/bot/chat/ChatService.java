package newsbot.bot.chat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Clock;
import newsbot.bot.chat.understand.ConversationMemory;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.schedule.DigestScheduler;
import newsbot.bot.store.Store;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.answer.Overviews;
import newsbot.retrieval.digest.Digester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the bot says, for every channel: a plain message is a question; commands do the
 * rest. Admin commands check the sender against the admins of its channel first. Channel adapters
 * only translate to and from {@link Incoming} and {@link Reply}. Thread-safe.
 */
public final class ChatService {

  private static final Logger LOG = LoggerFactory.getLogger(ChatService.class);
  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z_]+)(?:@\\S+)?\\s*(.*)$",
      Pattern.DOTALL);
  static final String ADMIN_ONLY = "仅管理员可用:这个命令只对管理员开放。";
  private static final Pattern REPORT_DAYS = Pattern.compile("(\\d{1,3})\\s*(?:d|天)?");
  static final String SLOW_DOWN = "消息太频繁了,请稍后再试。";
  /** A message longer than this is refused before anything else runs. */
  public static final int MAX_MESSAGE_CHARS = 1000;

  private final NewsLibrary library;
  private final Answerer answerer;
  private final Store store;
  private final RateLimiter limiter;
  private final Map<Channel, Set<String>> admins;
  private final String paper;
  private final Clock clock;
  private final Introductions intro;
  private final Conversation conversation;
  private final Reloads reloads;
  private final ReaderCommands readers;
  private final boolean publicLinks;
  private final Feedback feedback;
  private final ReportMaker reports;
  private final Map<String, Supplier<String>> channels = new ConcurrentSkipListMap<>();
  private final AtomicLong questions = new AtomicLong();
  private volatile boolean ready;
  private final long startedMillis = System.currentTimeMillis();

  /**
   * @param admins per channel, the user ids allowed to use admin commands
   * @param paper the paper as replies name it (嘉兴日报·平湖版)
   * @param maxSubscriptionsPerChannel daily-digest subscriptions a channel may hold
   * @param publicLinks whether viewer links open outside this machine (http.public-base-url set)
   * @param clock what "today" is for a message that does not say (Asia/Shanghai), and how long
   *     a conversation is remembered
   * @param place where the edition is (平湖 for 平湖版)
   */
  public record Settings(Map<Channel, Set<String>> admins, String paper,
      int maxSubscriptionsPerChannel, boolean publicLinks, Clock clock, String place) {
    public Settings {
      admins = Map.copyOf(admins);
    }
  }

  /**
   * A reply, and the id of the logged question a reader may vote on (0: no vote).
   */
  public record Response(Reply reply, long questionId) {
    static Response of(Reply reply) {
      return new Response(reply, 0);
    }

    /** Whether the reply takes a 👍/👎. */
    public boolean votable() {
      return questionId > 0;
    }
  }

  /** The newsroom report of the last days, as an admin reads it in a chat. */
  @FunctionalInterface
  public interface ReportMaker {
    String report(int days) throws IOException, SQLException;
  }

  /**
   * @param log the question log, or null when logging is off
   * @param reports makes {@code /report}, or null when there is no log to report on
   */
  public ChatService(NewsLibrary library, Answerer answerer, Overviews overviews,
      Digester digester, Store store, RateLimiter limiter, Settings settings, QuestionLog log,
      ReportMaker reports) {
    this.feedback = new Feedback(log);
    this.reports = reports;
    this.clock = settings.clock();
    this.intro = new Introductions(library, settings.paper());
    Editions editions = new Editions(library, digester);
    this.conversation = new Conversation(library, answerer, overviews, editions, intro,
        new ConversationMemory(settings.clock()), settings.place());
    this.reloads = new Reloads(library, store);
    this.readers = new ReaderCommands(library, digester, store, editions, intro, settings.paper(),
        settings.maxSubscriptionsPerChannel());
    this.publicLinks = settings.publicLinks();
    this.library = library;
    this.answerer = answerer;
    this.store = store;
    this.limiter = limiter;
    this.admins = settings.admins();
    this.paper = settings.paper();
  }

  /** A channel whose state (up, retrying: reason) {@code /stats} and {@code /healthz} show. */
  public void addChannel(String name, Supplier<String> status) {
    channels.put(name, status);
  }

  /** Each channel's state, by name. */
  public Map<String, String> channelStatus() {
    Map<String, String> out = new LinkedHashMap<>();
    channels.forEach((name, status) -> out.put(name, status.get()));
    return out;
  }

  /** Called once the index is fresh and the model warm; until then messages are asked to wait. */
  public void markReady() {
    ready = true;
  }

  public boolean ready() {
    return ready;
  }

  /** The reply to one message; never throws: a failure becomes an apology. */
  public Reply handle(Incoming in) {
    return respond(in).reply();
  }

  /**
   * The reply to one message and, for a reader's question, the id its verdict names; never
   * throws: a failure becomes an apology.
   */
  public Response respond(Incoming in) {
    if (!ready) {
      return Response.of(Reply.text("正在载入报纸,请过一会儿再问。"));
    }
    try {
      return dispatch(in);
    } catch (Exception e) {
      LOG.error("failed to handle a {} message", in.channel().key(), e);
      return Response.of(Reply.text("抱歉,处理这条消息时出了问题,请稍后再试。"));
    }
  }

  /**
   * How a vote went, for the voter.
   *
   * @param text the acknowledgement to show
   * @param open whether the vote stays open (someone else than the asker pressed, or the log
   *     failed): a Telegram group keeps its buttons
   */
  public record Verdict(String text, boolean open) {}

  /**
   * A reader's 👍 ({@code helpful}) or 👎 on the reply to their question {@code questionId}.
   * Never throws.
   */
  public Verdict vote(Channel channel, String userId, String chatId, long questionId,
      boolean helpful) {
    try {
      return feedback.vote(channel, userId, chatId, questionId, helpful);
    } catch (SQLException e) {
      LOG.error("could not record a vote on {}", channel.key(), e);
      return new Verdict("抱歉,评价没有记下,请稍后再试。", true);
    }
  }

  private Response dispatch(Incoming in) throws IOException, SQLException {
    String text = in.text() == null ? "" : in.text().strip();
    Reply refused = refusal(in, text);
    if (refused != null) {
      return Response.of(refused);
    }
    Matcher m = COMMAND.matcher(text);
    if (!m.matches()) {
      return question(in, text, false);
    }
    String command = m.group(1).toLowerCase(Locale.ROOT);
    String arg = m.group(2).strip();
    if (command.equals("ask") && !arg.isEmpty()) {
      return question(in, arg, true);
    }
    return Response.of(command(in, command, arg));
  }

  /** Too fast, too long, or nothing to read: the reply that says so; null for anything else. */
  private Reply refusal(Incoming in, String text) {
    if (in.channel() != Channel.CLI && !limiter.tryAcquire(in.channel().key() + ":" + in.userId())) {
      return Reply.text(Reply.Kind.ERROR, SLOW_DOWN);
    }
    int chars = text.codePointCount(0, text.length());
    if (chars > MAX_MESSAGE_CHARS) {
      return Reply.text(Reply.Kind.ERROR, "消息太长了(" + chars + "字),请控制在"
          + MAX_MESSAGE_CHARS + "字以内,一次只问一件事。");
    }
    if (text.isEmpty()) {
      return in.upload() != null ? Reply.text("收到文件。管理员上传版面请在文件说明里写 /reload。")
          : Reply.text(Reply.Kind.ERROR, "我只能读文字消息。请用文字提问,例如:今天的报纸有什么?");
    }
    return null;
  }

  /**
   * A reader's question, logged with the reply it got: {@code /ask} goes straight to the
   * answerer, anything else through the conversation (greetings, editions, follow-ups …).
   */
  private Response question(Incoming in, String question, boolean asked) throws IOException {
    questions.incrementAndGet();
    Conversation.Replied replied = asked
        ? new Conversation.Replied(new Reply.AnswerReply(answerer.answer(question)), question)
        : conversation.reply(in, question, in.day() != null ? in.day()
            : LocalDate.now(clock.withZone(DigestScheduler.ZONE)));
    return new Response(replied.reply(), feedback.record(in, question, replied));
  }

  /** The reply to a command. */
  private Reply command(Incoming in, String command, String arg)
      throws IOException, SQLException {
    return switch (command) {
      case "start" -> Reply.text(readers.welcome());
      case "help" -> Reply.text(readers.help());
      case "ask" -> Reply.text("用法:/ask 你的问题,例如 /ask 今天的报纸有什么?");
      case "digest" -> readers.digest(arg);
      case "issues" -> Reply.text(readers.issues());
      case "subscribe" -> readers.subscribe(in, arg);
      case "unsubscribe" -> readers.unsubscribe(in);
      case "reload" -> isAdmin(in) ? reloads.reload(in) : refuse(in, command);
      case "stats" -> isAdmin(in) ? Reply.text(stats()) : refuse(in, command);
      case "report" -> isAdmin(in) ? report(arg) : refuse(in, command);
      case "privacy" -> Reply.text(feedback.privacy(paper));
      case "forget" -> Reply.text(feedback.forget(in));
      default -> Reply.text("不认识的命令 /" + command + "。\n\n" + ReaderCommands.commands());
    };
  }

  private boolean isAdmin(Incoming in) {
    return admins.getOrDefault(in.channel(), Set.of()).contains(in.userId());
  }

  private Reply refuse(Incoming in, String command) {
    LOG.info("refused /{} from a non-admin on {}", command, in.channel().key());
    return Reply.text(ADMIN_ONLY);
  }

  private Reply report(String arg) throws IOException, SQLException {
    Matcher days = REPORT_DAYS.matcher(arg.isEmpty() ? "7d" : arg);
    int n = days.matches() ? Integer.parseInt(days.group(1)) : 0;
    if (n < 1 || n > 366) {
      return Reply.text("用法:/report 7d 或 /report 30d(最近几天的读者提问报告)");
    }
    if (reports == null) {
      return Reply.text("提问记录没有开启(log.enabled: false),没有报告可看。");
    }
    return Reply.text(reports.report(n));
  }


  private String stats() throws IOException, SQLException {
    long minutes = (System.currentTimeMillis() - startedMillis) / 60_000;
    List<Store.AuditEntry> last = store.audit(1);
    StringBuilder channelLines = new StringBuilder();
    channelStatus().forEach((name, state) ->
        channelLines.append("\n渠道 ").append(name).append(":").append(state));
    return "运行情况:" + intro.coverage() + "\n索引段落 " + library.index().size() + " 个;订阅 "
        + store.subscriptions().size() + " 个;本次启动以来回答 " + questions.get() + " 个问题,运行 "
        + minutes + " 分钟。" + channelLines
        + (publicLinks ? "" : "\n注意:没有设置 http.public-base-url,手机上打不开原文链接,"
            + "Telegram 和企业微信的回复只带电子报链接。")
        + "\n最近一次管理操作:" + (last.isEmpty() ? "无"
            : last.get(0).at() + " " + last.get(0).channel() + " " + last.get(0).action());
  }
}
