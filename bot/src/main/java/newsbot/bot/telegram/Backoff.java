package newsbot.bot.telegram;

import java.time.Duration;

/**
 * How long to wait before trying again to start: {@code first}, doubled after each failure in a
 * row, never more than {@code max}.
 */
public record Backoff(Duration first, Duration max) {

  /** 5 s, 10 s, 20 s … up to 5 minutes. */

  public Backoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("retry delays must be positive, the first no longer than"
          + " the longest (got " + first + " and " + max + ")");
    }
  }

  /** The wait after {@code failures} failures in a row (1 or more). */
  public Duration after(int failures) {
    Duration wait = first;
    for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
