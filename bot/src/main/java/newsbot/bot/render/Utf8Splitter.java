package newsbot.bot.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into parts of at most {@code maxBytes} bytes of UTF-8, at a paragraph break where
 * possible, else a line break, else after a sentence end, else between characters: never inside a
 * character (WeCom counts its limits in bytes).
 */
public final class Utf8Splitter {
  private Utf8Splitter() {}

  public static List<String> split(String text, int maxBytes) {
    List<String> parts = new ArrayList<>();
    String rest = text.strip();
    while (bytes(rest) > maxBytes) {
      int fit = fittingChars(rest, maxBytes);
      int cut = lastBreak(rest, fit);
      parts.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  public static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The longest prefix length (in chars, on a code point boundary) within maxBytes. */
  private static int fittingChars(String s, int maxBytes) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (used + len > maxBytes) {
        break;
      }
      used += len;
      i += Character.charCount(cp);
    }
    return Math.max(i, Character.charCount(s.codePointAt(0)));
  }

  private static int lastBreak(String s, int fit) {
    String head = s.substring(0, fit);
    int half = fit / 2;
    for (String mark : new String[] {"\n\n", "\n"}) {
      int at = head.lastIndexOf(mark);
      if (at >= half) {
        return at;
      }
    }
    int best = -1;
    for (char end : new char[] {'。', '!', '?', '!', '?', ';', ';'}) {
      best = Math.max(best, head.lastIndexOf(end));
    }
    return best >= half ? best + 1 : fit;
  }
}
