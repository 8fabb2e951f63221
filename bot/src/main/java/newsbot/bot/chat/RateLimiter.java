package newsbot.bot.chat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per sender: a burst of {@code burst} messages, then one more every
 * {@code refillMillis}. A bucket idle long enough to be full again is the same as no bucket, so
 * such buckets are evicted as new senders come: memory is bounded by the senders of the last
 * {@code burst × refillMillis}, not by every sender ever seen. Thread-safe.
 */
public final class RateLimiter {

  /** Sweep for idle buckets once every this many new senders. */
  private static final int SWEEP_EVERY = 256;

  private final int burst;
  private final long refillMillis;
  private final LongSupplier clock;
  private final Map<String, long[]> buckets = new ConcurrentHashMap<>(); // {tokens*1000, lastMillis}
  private final AtomicLong created = new AtomicLong();

  public RateLimiter(int burst, long refillMillis, LongSupplier clock) {
    this.burst = burst;
    this.refillMillis = Math.max(1, refillMillis);
    this.clock = clock;
  }

  /** Takes one token for the sender; false when the bucket is empty. */
  public boolean tryAcquire(String sender) {
    long now = clock.getAsLong();
    long[] b = buckets.computeIfAbsent(sender, k -> {
      if (created.incrementAndGet() % SWEEP_EVERY == 0) {
        evictIdle(now);
      }
      return new long[] {burst * 1000L, now};
    });
    synchronized (b) {
      long refilled = (now - b[1]) * 1000L / refillMillis;
      b[0] = Math.min(burst * 1000L, b[0] + refilled);
      b[1] = now;
      if (b[0] >= 1000) {
        b[0] -= 1000;
        return true;
      }
      return false;
    }
  }

  private void evictIdle(long now) {
    long full = burst * refillMillis;
    buckets.values().removeIf(b -> {
      synchronized (b) {
        return now - b[1] >= full;
      }
    });
  }
}
