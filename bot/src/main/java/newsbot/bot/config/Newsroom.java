package newsbot.bot.config;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The question log and the newsroom report.
 *
 * @param logEnabled whether readers' questions are logged at all
 * @param retention how long a logged question is kept
 * @param salt the salt of the user hashes (environment only); blank: a new one each run
 * @param weeklyDay the day the report goes to the admins' chats and the group robot, or null
 *     for no weekly report
 * @param weeklyTime its time of day (Asia/Shanghai)
 */
public record Newsroom(boolean logEnabled, Duration retention, String salt, DayOfWeek weeklyDay,
    LocalTime weeklyTime) {

  public boolean weekly() {
    return logEnabled && weeklyDay != null;
  }

  static Newsroom from(Config c) {
    int days = c.getInt("log.retention-days");
    if (days < 1 || days > 3650) {
      throw new ConfigException(c.source("log.retention-days") + " must be 1 to 3650 days, not "
          + days);
    }
    String weekly = c.get("report.weekly").strip();
    DayOfWeek day = null;
    LocalTime time = null;
    if (!weekly.isEmpty()) {
      String[] parts = weekly.split("\\s+");
      try {
        if (parts.length != 2) {
          throw new IllegalArgumentException();
        }
        day = dayOf(parts[0]);
        time = LocalTime.parse(parts[1].length() == 4 ? "0" + parts[1] : parts[1]);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new ConfigException(c.source("report.weekly") + " must be a day and a time like"
            + " 'MON 09:00' (or empty for none), not '" + weekly + "'");
      }
    }
    return new Newsroom(c.getBoolean("log.enabled"), Duration.ofDays(days), c.get("log.salt"),
        day, time);
  }

  private static DayOfWeek dayOf(String s) {
    String up = s.toUpperCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().startsWith(up) && up.length() >= 3) {
        return d;
      }
    }
    throw new IllegalArgumentException(s);
  }

  @Override
  public String toString() {
    return "Newsroom[log=" + logEnabled + ", retention=" + retention.toDays() + "d, salt="
        + (salt.isBlank() ? "(per run)" : "(set)") + ", weekly=" + (weekly() ? weeklyDay + " "
        + weeklyTime : "off") + "]";
  }
}
