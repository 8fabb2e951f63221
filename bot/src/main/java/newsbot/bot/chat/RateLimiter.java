package newsbot.bot.chat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per sender: a burst of {@code burst} messages, then one more every
 * {@code refillMillis}. Thread-safe.
 */
public final class RateLimiter {

  private final int burst;
  private final long refillMillis;
  private final LongSupplier clock;
  private final Map<String, long[]> buckets = new ConcurrentHashMap<>(); // {tokens*1000, lastMillis}

  public RateLimiter(int burst, long refillMillis, LongSupplier clock) {
    this.burst = burst;
    this.refillMillis = refillMillis;
    this.clock = clock;
  }

  /** Takes one token for the sender; false when the bucket is empty. */
  public boolean tryAcquire(String sender) {
    long now = clock.getAsLong();
    long[] b = buckets.computeIfAbsent(sender, k -> new long[] {burst * 1000L, now});
    synchronized (b) {
      long refilled = (now - b[1]) * 1000L / Math.max(1, refillMillis);
      b[0] = Math.min(burst * 1000L, b[0] + refilled);
      b[1] = now;
      if (b[0] >= 1000) {
        b[0] -= 1000;
        return true;
      }
      return false;
    }
  }
}
