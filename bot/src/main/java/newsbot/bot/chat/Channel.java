package newsbot.bot.chat;

import java.util.Locale;

/** Where a message came from. */
public enum Channel {
  TELEGRAM,
  WECOM,
  WEB,
  /** The {@code chat} command: conversations replayed from standard input; not rate-limited. */
  CLI;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
