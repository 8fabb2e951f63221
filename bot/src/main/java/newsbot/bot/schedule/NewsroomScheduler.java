package newsbot.bot.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Reply;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the question log within its retention (at start-up, then daily) and, when configured,
 * sends the newsroom report of the past week to the admins' chats and the group robot once a
 * week. Each weekly send is claimed in the store first, so a restart never sends it twice.
 */
public final class NewsroomScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NewsroomScheduler.class);
  private static final Duration PURGE_EVERY = Duration.ofDays(1);

  /** A chat the weekly report goes to, and how to send there. */
  public record Recipient(String channel, String chatId, BiConsumer<String, Reply> outbox) {}

  /** When the weekly report goes out (Asia/Shanghai), or null for never. */
  public record Weekly(DayOfWeek day, LocalTime time) {}

  private final QuestionLog log;
  private final Store store;
  private final ChatService.ReportMaker reports;
  private final List<Recipient> recipients;
  private final Weekly weekly;
  private final Clock clock;
  private volatile Instant lastPurge = Instant.EPOCH;
  /** The week whose report this process has seen out (claimed for every recipient). */
  private volatile LocalDate doneWeek;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "newsroom-scheduler");
    t.setDaemon(true);
    return t;
  });

  public NewsroomScheduler(QuestionLog log, Store store, ChatService.ReportMaker reports,
      List<Recipient> recipients, Weekly weekly, Clock clock) {
    this.log = log;
    this.store = store;
    this.reports = reports;
    this.recipients = List.copyOf(recipients);
    this.weekly = weekly;
    this.clock = clock;
  }

  public void start() {
    timer.scheduleWithFixedDelay(this::runSafely, 0, 60, TimeUnit.SECONDS);
  }

  private void runSafely() {
    try {
      runOnce();
    } catch (Exception e) {
      LOG.error("newsroom run failed", e);
    }
  }

  /** Purges when a day has passed since the last purge, and sends the weekly report when due. */
  public void runOnce() throws Exception {
    Instant now = clock.instant();
    if (!now.isBefore(lastPurge.plus(PURGE_EVERY))) {
      int n = log.purgeExpired();
      lastPurge = now;
      LOG.info("question log: {} rows older than {} days deleted", n, log.retention().toDays());
    }
    if (weekly != null) {
      sendWeekly(ZonedDateTime.ofInstant(now, DigestScheduler.ZONE));
    }
  }

  private void sendWeekly(ZonedDateTime now) throws Exception {
    LocalDate due = now.toLocalDate().with(TemporalAdjusters.previousOrSame(weekly.day()));
    if (due.equals(doneWeek)
        || due.equals(now.toLocalDate()) && now.toLocalTime().isBefore(weekly.time())) {
      return;
    }
    String text = null;
    for (Recipient r : recipients) {
      if (store.claimDelivery("report:" + r.channel(), r.chatId(), due)) {
        if (text == null) {
          text = reports.report(7);
        }
        r.outbox().accept(r.chatId(), Reply.text(text));
        LOG.info("weekly newsroom report sent on {}", r.channel());
      }
    }
    doneWeek = due;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
