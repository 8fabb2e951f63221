package newsbot.bot.chat;

import java.io.IOException;
import java.time.LocalDate;

/**
 * A message as every channel delivers it.
 *
 * @param userId who sent it, in the channel's own ids
 * @param chatId where the reply goes (a private chat, a group)
 * @param text the text or the caption of an upload
 * @param upload an attached file, or null
 * @param replyTo the text of the bot's own message this one replies to (a follow-up), or null
 * @param day the day the message is sent on in Asia/Shanghai, or null for today by the service's
 *     clock (the {@code chat} command replays conversations of other days)
 */
public record Incoming(Channel channel, String userId, String chatId, String text, Upload upload,
    String replyTo, LocalDate day) {

  /** A message sent now. */
  public Incoming(Channel channel, String userId, String chatId, String text, Upload upload,
      String replyTo) {
    this(channel, userId, chatId, text, upload, replyTo, null);
  }

  /**
   * An attached file; its bytes are fetched only if a command needs them.
   *
   * @param size the size the platform declares, 0 when it does not say
   */
  public record Upload(String fileName, long size, Content content) {}

  /** Fetches an upload's bytes. */
  @FunctionalInterface
  public interface Content {
    /**
     * The file's bytes, reading no more than {@code maxBytes + 1} of them.
     *
     * @throws TooLargeException when the file is larger than {@code maxBytes}
     */
    byte[] read(long maxBytes) throws IOException;
  }

  /** An upload larger than the reader would take; nothing past the limit was read. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    public TooLargeException(long limit) {
      super("larger than " + limit + " bytes");
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  public static Incoming text(Channel channel, String userId, String chatId, String text) {
    return new Incoming(channel, userId, chatId, text, null, null);
  }
}
