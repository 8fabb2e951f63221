package newsbot.bot.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.bot.log.QuestionLog;

/**
 * Readers' questions the bot failed, as a QA file in the format of {@code eval/qa-dev.jsonl}: the
 * questions that got "not found" and the ones readers marked 👎, each phrasing once, with
 * {@code gold} and {@code answer_has} left empty for an editor to fill. Until then
 * {@code eval --qa FILE} counts them as questions the paper cannot answer, so a reply that turns
 * into a guess shows up as a regression.
 */
public final class QaExport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private QaExport() {}

  /** One exported question. */
  record Line(String question, String why, String reply, int asked) {}

  /** Writes the file; returns how many questions it holds. */
  public static int write(List<QuestionLog.Entry> entries, Path file) throws IOException {
    Map<String, Line> lines = new LinkedHashMap<>();
    for (QuestionLog.Entry e : entries) {
      String why = e.verdict() < 0 ? "thumbs_down"
          : e.kind().equals(NewsroomReports.NOT_FOUND) ? "not_found" : null;
      if (why == null) {
        continue;
      }
      lines.merge(QuestionGroups.key(e.question()), new Line(e.question(), why, e.reply(), 1),
          (a, b) -> new Line(a.question(), a.why().equals("thumbs_down") ? a.why() : b.why(),
              a.reply(), a.asked() + 1));
    }
    List<String> out = new ArrayList<>();
    int n = 0;
    for (Line l : lines.values()) {
      ObjectNode o = JSON.createObjectNode();
      o.put("id", String.format("reader-%03d", ++n));
      o.put("kind", "reader");
      o.put("question", l.question());
      o.putArray("gold");
      o.putArray("answer_has");
      o.put("why", l.why());
      o.put("asked", l.asked());
      o.put("reply", l.reply());
      out.add(JSON.writeValueAsString(o));
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, out, StandardCharsets.UTF_8);
    return out.size();
  }
}
