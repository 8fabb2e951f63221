package newsbot.bot.chat.understand;

import java.util.Objects;

/**
 * A message read together with the turn before it.
 *
 * @param query what to search and answer now: the previous query with this message's day, page
 *     or number put in place of the previous one (平湖跨境电商2027年的目标是多少 → 那2030年呢 →
 *     平湖跨境电商2030年的目标是多少), else the previous query followed by what this message adds
 *     (… 出口, … 票价多少)
 * @param more the message adds nothing but a wish for more on the same thing (还有呢, 详细点,
 *     继续): {@code query} is the previous query unchanged, and the caller may skip what it
 *     already cited
 */
public record FollowUp(String query, boolean more) {
  public FollowUp {
    Objects.requireNonNull(query, "query");
  }
}
