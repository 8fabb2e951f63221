package newsbot.bot.chat;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import newsbot.bot.render.Labels;
import newsbot.bot.store.Store;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.model.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commands every reader may send: /start, /help, /digest, /issues, /subscribe and
 * /unsubscribe, and the list of commands itself. {@link ChatService} dispatches to them.
 */
final class ReaderCommands {

  private static final Logger LOG = LoggerFactory.getLogger(ReaderCommands.class);

  private final NewsLibrary library;
  private final Digester digester;
  private final Store store;
  private final Editions editions;
  private final Introductions intro;
  private final String paper;
  private final int maxSubscriptionsPerChannel;

  ReaderCommands(NewsLibrary library, Digester digester, Store store, Editions editions,
      Introductions intro, String paper, int maxSubscriptionsPerChannel) {
    this.library = library;
    this.digester = digester;
    this.store = store;
    this.editions = editions;
    this.intro = intro;
    this.paper = paper;
    this.maxSubscriptionsPerChannel = maxSubscriptionsPerChannel;
  }

  Reply unsubscribe(Incoming in) throws SQLException {
    return Reply.text(store.unsubscribe(in.channel().key(), in.chatId())
        ? "已取消每日摘要。" : "你还没有订阅每日摘要。发送 /subscribe 订阅。");
  }

  Reply digest(String arg) throws IOException {
    Optional<Issue> issue;
    if (arg.isEmpty() || arg.equalsIgnoreCase("latest") || arg.equals("最新")) {
      issue = library.latestIssue();
    } else {
      LocalDate date;
      try {
        date = LocalDate.parse(arg.replace('/', '-').replace('.', '-'));
      } catch (DateTimeParseException e) {
        return Reply.text("日期格式不对。用法:/digest 年-月-日(如 /digest 2025-01-31)或 /digest latest");
      }
      issue = library.issue(date);
      if (issue.isEmpty()) {
        return Reply.text("没有 " + date + " 这一期。" + editions.nearest(date));
      }
    }
    if (issue.isEmpty()) {
      return Reply.text(editions.nearest(null));
    }
    return new Reply.DigestReply("", digester.digest(issue.get()));
  }

  Reply subscribe(Incoming in, String arg) throws SQLException {
    if (in.channel() == Channel.WEB) {
      return Reply.text("网页聊天无法定时推送。每日摘要请在 Telegram 或企业微信里发送 /subscribe 订阅;"
          + "在这里随时发送 /digest 查看最新一期。");
    }
    LocalTime time = LocalTime.of(8, 0);
    if (!arg.isEmpty()) {
      try {
        time = LocalTime.parse(arg.length() == 4 ? "0" + arg : arg);
      } catch (DateTimeParseException e) {
        return Reply.text("时间格式不对。用法:/subscribe 08:00(北京时间)");
      }
    }
    if (!store.isSubscribed(in.channel().key(), in.chatId())
        && store.subscriptionCount(in.channel().key()) >= maxSubscriptionsPerChannel) {
      LOG.warn("subscription refused: {} has reached its limit of {}", in.channel().key(),
          maxSubscriptionsPerChannel);
      return Reply.text("订阅人数已满,暂时无法订阅。可以随时发送 /digest 查看最新一期。");
    }
    store.subscribe(new Store.Subscription(in.channel().key(), in.chatId(), in.userId(), time));
    return Reply.text("已订阅:每天 " + time + "(北京时间)推送最新一期的摘要。发送 /unsubscribe 取消。");
  }

  String welcome() throws IOException {
    return intro.introduction() + "\n\n" + commands();
  }

  String help() throws IOException {
    return "我能回答" + paper + "已载入各期的内容:" + intro.coverage() + "\n\n" + commands();
  }

  static String commands() {
    return "命令:\n/ask 问题 — 提问(直接发问题也可以)\n/digest [日期|latest] — 某一期的摘要\n"
        + "/issues — 已载入的期次\n/subscribe [HH:MM] — 每天定时收到最新一期摘要(默认 08:00)\n"
        + "/unsubscribe — 取消订阅\n/privacy — 我们记录什么\n/forget — 删除我的提问记录\n/help — 帮助\n"
        + "管理员:/reload — 重新载入版面;/stats — 运行情况;/report [7d|30d] — 读者提问报告";
  }

  String issues() throws IOException {
    StringBuilder sb = new StringBuilder("已载入的期次:");
    for (Issue i : library.corpus().issues()) {
      sb.append("\n· ").append(i.date() == null ? "日期不详(" + i.pages().get(0).source() + ")"
          : Labels.issue(i.date(), i.issueNo()))
          .append(" — ").append(i.pages().size()).append(" 版,")
          .append(i.pages().stream().mapToInt(p -> p.articles().size()).sum()).append(" 篇");
    }
    return sb.toString();
  }
}
