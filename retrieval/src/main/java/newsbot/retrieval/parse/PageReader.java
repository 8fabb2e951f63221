package newsbot.retrieval.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a page file as strict UTF-8 and rejects what is not a text page, with the reason. */
public final class PageReader {

  /** Larger than any page of text; something else was dropped into the folder. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private PageReader() {}

  public static String read(Path file) throws RejectedFileException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new RejectedFileException("too large for a page (" + Files.size(file) + " bytes)");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RejectedFileException("cannot be read: " + e.getMessage());
    }
    return decode(bytes);
  }

  public static String decode(byte[] bytes) throws RejectedFileException {
    if (bytes.length == 0) {
      throw new RejectedFileException("empty file");
    }
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new RejectedFileException("UTF-16 text; save the page as UTF-8");
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        throw new RejectedFileException("binary file (contains NUL bytes), not a text page");
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > 16 && controls * 20 > bytes.length) {
      throw new RejectedFileException("binary file (control characters), not a text page");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new RejectedFileException(
          "not valid UTF-8 (GBK/GB18030? convert with: iconv -f GB18030 -t UTF-8)");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new RejectedFileException("empty file (only whitespace)");
    }
    return text;
  }
}
