package newsbot.bot.wecom;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import newsbot.bot.chat.Reply;
import newsbot.bot.render.TextRenderer;
import newsbot.bot.render.Utf8Splitter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replies to WeCom users through {@code message/send}, off the caller's thread: a reply is
 * rendered as text messages of at most 2048 bytes, and a send that fails in a way worth retrying
 * (HTTP 5xx, a busy server, a token refused even after a refresh, no connection) is tried again
 * after {@code retryBase}, twice that, four times that, resuming at the part that failed; then it
 * is logged as lost with its reference (a MsgId, never the text or a token). Retries wait on a
 * scheduled executor, not on a sleeping thread. Thread-safe.
 */
public final class WecomOutbox implements BiConsumer<String, Reply>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WecomOutbox.class);
  /** WeCom text messages are limited to 2048 bytes of UTF-8. */
  public static final int MAX_TEXT_BYTES = 2048;
  /** The first try and three retries. */
  static final int MAX_ATTEMPTS = 4;
  private static final long CLOSE_WAIT_SECONDS = 10;

  private final WecomApi api;
  private final TextRenderer renderer;
  private final long retryBaseMillis;
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(4, r -> {
    Thread t = new Thread(r, "wecom-reply");
    t.setDaemon(true);
    return t;
  });

  /** @param retryBase the wait before the first retry; each further one waits twice as long */
  public WecomOutbox(WecomApi api, TextRenderer renderer, Duration retryBase) {
    this.api = api;
    this.renderer = renderer;
    this.retryBaseMillis = retryBase.toMillis();
  }

  /** One reply on its way; {@code ref} names it in logs. */
  private record Delivery(String ref, String toUser, List<String> parts) {}

  /**
   * Computes a reply off the caller's thread (it may take seconds), then sends it.
   *
   * @param ref names the reply in logs: the message's MsgId key, never its text
   */
  public void answer(String toUser, String ref, Supplier<Reply> reply) {
    run(ref, 0, () -> send(toUser, ref, reply.get()));
  }

  /** Sends a scheduled reply (the daily digest) to a user, off the caller's thread. */
  @Override
  public void accept(String toUser, Reply reply) {
    run("digest", 0, () -> send(toUser, "digest", reply));
  }

  /** Sends a reply now on the caller's thread, retries later on the executor. */
  private void send(String toUser, String ref, Reply reply) {
    attempt(new Delivery(ref, toUser, Utf8Splitter.split(renderer.render(reply), MAX_TEXT_BYTES)),
        0, 1);
  }

  private void attempt(Delivery d, int firstPart, int attempt) {
    int part = firstPart;
    try {
      for (; part < d.parts().size(); part++) {
        api.sendText(d.toUser(), d.parts().get(part));
      }
    } catch (IOException e) {
      boolean retryable = !(e instanceof WecomApi.ApiException a) || a.retryable();
      if (retryable && attempt < MAX_ATTEMPTS) {
        long delay = retryBaseMillis << (attempt - 1);
        LOG.info("WeCom reply to {} failed (attempt {} of {}), retrying in {} ms: {}", d.ref(),
            attempt, MAX_ATTEMPTS, delay, e.getMessage());
        int resume = part;
        run(d.ref(), delay, () -> attempt(d, resume, attempt + 1));
      } else {
        LOG.warn("WeCom reply to {} lost after {} attempt(s)", d.ref(), attempt, e);
      }
    }
  }

  /** Runs a task on the executor; its failure is logged with the stack, not left in a future. */
  private void run(String ref, long delayMillis, Runnable task) {
    try {
      executor.schedule(() -> {
        try {
          task.run();
        } catch (RuntimeException | Error e) { // a future would keep it where no one looks
          LOG.error("WeCom reply to {} failed", ref, e);
          throw e;
        }
      }, delayMillis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      LOG.warn("WeCom reply to {} lost: shutting down", ref);
    }
  }

  /** Lets replies under way and retries due soon finish; what is still waiting then is lost. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("{} WeCom replies lost: still waiting at shutdown", executor.shutdownNow().size());
      }
    } catch (InterruptedException e) {
      LOG.warn("{} WeCom replies lost: interrupted at shutdown", executor.shutdownNow().size());
      Thread.currentThread().interrupt();
    }
  }
}
