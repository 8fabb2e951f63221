package newsbot.bot.chat;

import java.util.Locale;

/** Where a message came from. */
public enum Channel {
  TELEGRAM,
  WECOM,
  WEB;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
