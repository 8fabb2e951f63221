package newsbot.bot.telegram;

import java.time.Instant;

/**
 * Where a channel stands, for {@code /healthz} and {@code /stats}.
 *
 * @param name the channel ("telegram")
 * @param lastError why the last attempt to start failed, never a secret; null when none did
 * @param since when the channel entered this state
 */
public record ChannelStatus(String name, State state, String lastError, Instant since) {

  public enum State {
    /** The first attempt to start is under way. */
    STARTING,
    /** Registered and receiving messages. */
    UP,
    /** Could not start; another attempt is scheduled. */
    RETRYING,
    /** Not configured, or closed. */
    OFF
  }

  /** A channel that is not running. */
  public static ChannelStatus off(String name) {
    return new ChannelStatus(name, State.OFF, null, Instant.now());
  }
}
