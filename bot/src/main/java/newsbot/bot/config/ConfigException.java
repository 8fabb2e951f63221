package newsbot.bot.config;

/** A configuration that cannot work; the message names the key or the file. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
