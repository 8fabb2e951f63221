package newsbot.retrieval.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Optional {@code manifest.json} in the seeds folder: what an editor knows about a page that its
 * text does not print. Used only where the page itself is silent.
 *
 * <pre>
 * {"pages": {"2025-08-04_p2.txt": {"date": "2025-08-04", "issue_no": 5723, "page": 2,
 *                                  "edition": "平湖版"}}}
 * </pre>
 */
public final class Manifest {

  public static final String FILE_NAME = "manifest.json";

  /** What the manifest says about one file; any field may be null. */
  public record Entry(LocalDate date, Integer issueNo, Integer page, String edition) {}

  private static final Manifest EMPTY = new Manifest(Map.of());

  private final Map<String, Entry> entries;

  private Manifest(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
  }

  public static Manifest empty() {
    return EMPTY;
  }

  /** Reads {@code manifest.json} from the folder; an absent file is an empty manifest. */
  public static Manifest load(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    JsonNode root = new ObjectMapper().readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    JsonNode pages = root.path("pages");
    Map<String, Entry> entries = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : pages.properties()) {
      JsonNode v = e.getValue();
      try {
        entries.put(e.getKey(), new Entry(
            v.hasNonNull("date") ? LocalDate.parse(v.get("date").asText()) : null,
            v.hasNonNull("issue_no") ? v.get("issue_no").asInt() : null,
            v.hasNonNull("page") ? v.get("page").asInt() : null,
            v.hasNonNull("edition") ? v.get("edition").asText() : null));
      } catch (DateTimeParseException ex) {
        throw new IOException(file + ": page " + e.getKey() + ": date is not YYYY-MM-DD");
      }
    }
    return new Manifest(entries);
  }

  public Entry entry(String fileName) {
    return entries.getOrDefault(fileName, new Entry(null, null, null, null));
  }
}
