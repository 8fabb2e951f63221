package newsbot.retrieval.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a QA file: one JSON object a line (see eval/README.md). */
public final class QaSet {
  private QaSet() {}

  public static List<QaItem> load(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<QaItem> items = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = json.readTree(line);
      } catch (IOException e) {
        throw new IOException(file + ":" + lineNo + ": not a JSON object");
      }
      if (!n.hasNonNull("question")) {
        throw new IOException(file + ":" + lineNo + ": no \"question\"");
      }
      List<QaItem.Gold> gold = new ArrayList<>();
      n.path("gold").forEach(g -> gold.add(
          new QaItem.Gold(g.path("page").asText(), g.path("title_has").asText())));
      List<String> has = new ArrayList<>();
      n.path("answer_has").forEach(h -> has.add(h.asText()));
      items.add(new QaItem(n.path("id").asText("q" + lineNo), n.path("kind").asText(""),
          n.get("question").asText(), gold, has));
    }
    return items;
  }
}
