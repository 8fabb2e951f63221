package newsbot.retrieval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engines are adapters: Lucene types appear only in the embedded engine ({@code index}) and
 * the analysis chains ({@code analysis}), Solr types only in the {@code solr} module; answering,
 * eval and the bot see {@link PassageStore} and its records.
 */
class SeamTest {

  @Test
  void should_keep_lucene_and_solr_types_below_the_seam() throws IOException {
    List<String> above = new ArrayList<>();
    for (Path root : List.of(Path.of("retrieval", "src", "main", "java"),
        Path.of("bot", "src", "main", "java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          String pkg = root.relativize(f.getParent()).toString().replace('\\', '/');
          boolean engine = pkg.equals("newsbot/retrieval/index")
              || pkg.equals("newsbot/retrieval/analysis");
          String source = Files.readString(f, StandardCharsets.UTF_8);
          if ((!engine && source.contains("import org.apache.lucene."))
              || source.contains("import org.apache.solr.")) {
            above.add(root.relativize(f).toString());
          }
        }
      }
    }
    assertEquals(List.of(), above);
    assertTrue(Files.isRegularFile(Path.of("solr", "src", "main", "java", "newsbot", "solr",
        "SolrPassageStore.java")), "tests run from the project root");
  }
}
