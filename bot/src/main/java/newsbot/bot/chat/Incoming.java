package newsbot.bot.chat;

import java.util.function.Supplier;

/**
 * A message as every channel delivers it.
 *
 * @param userId who sent it, in the channel's own ids
 * @param chatId where the reply goes (a private chat, a group)
 * @param text the text or the caption of an upload
 * @param upload an attached file, or null
 */
public record Incoming(Channel channel, String userId, String chatId, String text, Upload upload) {

  /** An attached file; its bytes are fetched only if a command needs them. */
  public record Upload(String fileName, long size, Supplier<byte[]> content) {}

  public static Incoming text(Channel channel, String userId, String chatId, String text) {
    return new Incoming(channel, userId, chatId, text, null);
  }
}
