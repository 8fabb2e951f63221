package newsbot.bot.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long message into parts of at most {@code max} characters, at a paragraph break where
 * possible, else at a line break, else between characters (never inside a surrogate pair).
 */
public final class MessageSplitter {
  private MessageSplitter() {}

  public static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf("\n\n", max);
      if (cut <= 0) {
        cut = rest.lastIndexOf('\n', max);
      }
      if (cut <= 0) {
        cut = Character.isHighSurrogate(rest.charAt(max - 1)) ? max - 1 : max;
      }
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }
}
