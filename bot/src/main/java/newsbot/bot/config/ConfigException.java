package newsbot.bot.config;

/** A configuration that cannot work; the message names the key or the file. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
