package newsbot.bot.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import newsbot.bot.chat.Reply;
import newsbot.bot.store.Store;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.digest.Digest;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.model.Issue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each subscriber the digest of the newest dated issue once a day, at or after their time
 * (Asia/Shanghai). Each send is claimed in the store first, so a restart, or a missed run caught up
 * later the same day, never sends a digest twice.
 */
public final class DigestScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Store store;
  private final NewsLibrary library;
  private final Digester digester;
  private final Map<String, BiConsumer<String, Reply>> outboxes;
  private final Clock clock;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "digest-scheduler");
    t.setDaemon(true);
    return t;
  });

  /**
   * @param outboxes per channel key (telegram, wecom): how to send a reply to a chat id
   */
  public DigestScheduler(Store store, NewsLibrary library, Digester digester,
      Map<String, BiConsumer<String, Reply>> outboxes, Clock clock) {
    this.store = store;
    this.library = library;
    this.digester = digester;
    this.outboxes = Map.copyOf(outboxes);
    this.clock = clock;
  }

  public void start() {
    timer.scheduleWithFixedDelay(this::runSafely, 5, 30, TimeUnit.SECONDS);
  }

  private void runSafely() {
    try {
      runOnce();
    } catch (Exception e) {
      LOG.error("digest run failed", e);
    }
  }

  /** Sends what is due now; returns how many digests went out. */
  public int runOnce() throws Exception {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZONE));
    LocalDate today = now.toLocalDate();
    LocalTime time = now.toLocalTime();
    Optional<Issue> latest = library.latestIssue();
    if (latest.isEmpty()) {
      return 0;
    }
    Digest digest = digester.digest(latest.get());
    int sent = 0;
    for (Store.Subscription s : store.subscriptions()) {
      BiConsumer<String, Reply> outbox = outboxes.get(s.channel());
      if (outbox == null || time.isBefore(s.time())) {
        continue;
      }
      if (store.claimDelivery(s.channel(), s.chatId(), today)) {
        outbox.accept(s.chatId(), new Reply.DigestReply("今日读报摘要:", digest));
        sent++;
      }
    }
    if (sent > 0) {
      LOG.info("sent {} daily digests", sent);
    }
    return sent;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
