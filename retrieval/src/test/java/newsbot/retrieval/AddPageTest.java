package newsbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.parse.RejectedFileException;
import newsbot.retrieval.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An uploaded page is checked, trial-parsed and only then written into the seeds folder. */
class AddPageTest {

  static final Path UPLOAD = Path.of("retrieval/src/test/resources/pages/2025-09-12_p1.txt");

  @TempDir Path seeds;
  @TempDir Path data;

  private List<String> seedNames() throws IOException {
    try (Stream<Path> s = Files.list(seeds)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void should_save_a_good_page_ingest_it_and_find_it() throws Exception {
    Files.copy(Fixtures.SEEDS.resolve("001_1b195415e26a939e.txt"),
        seeds.resolve("001_1b195415e26a939e.txt"));
    try (NewsLibrary lib = Fixtures.library(seeds, data, EmbeddingModelChoice.BGE_SMALL_ZH_V15)) {
      lib.ingest();
      IngestReport r = lib.addPage("2025-09-12_p1.txt", Files.readAllBytes(UPLOAD));
      assertEquals(List.of("2025-09-12_p1.txt"), r.added());
      assertTrue(r.rejected().isEmpty());
      assertEquals(List.of("001_1b195415e26a939e.txt", "2025-09-12_p1.txt"), seedNames());
      assertEquals(-1, Files.mismatch(UPLOAD, seeds.resolve("2025-09-12_p1.txt")));
      assertEquals("乍浦老街焕新开街", lib.retriever()
          .search(SearchRequest.of("乍浦老街改造总投资", 1)).get(0).passage().title());
    }
  }

  @Test
  void should_refuse_a_bad_page_with_the_reason_and_leave_the_seeds_folder_as_it_was()
      throws Exception {
    Files.copy(Fixtures.SEEDS.resolve("001_1b195415e26a939e.txt"),
        seeds.resolve("001_1b195415e26a939e.txt"));
    byte[] tooLarge = new byte[(int) NewsLibrary.MAX_PAGE_BYTES + 1];
    Arrays.fill(tooLarge, (byte) 'x');
    try (NewsLibrary lib = Fixtures.library(seeds, data, EmbeddingModelChoice.BGE_SMALL_ZH_V15)) {
      assertReason(lib, "binary file", "broken.txt", new byte[] {0, 1, 2, 3});
      assertReason(lib, "no article found", "notes.txt",
          "今天天气很好。\n".getBytes(StandardCharsets.UTF_8));
      assertReason(lib, "too large for a page (2097153 bytes)", "big.txt", tooLarge);
      // replacing a good page with a bad one keeps the good one
      assertReason(lib, "binary file", "001_1b195415e26a939e.txt", new byte[] {0, 0});
      assertEquals(-1, Files.mismatch(Fixtures.SEEDS.resolve("001_1b195415e26a939e.txt"),
          seeds.resolve("001_1b195415e26a939e.txt")));
      assertEquals(List.of("001_1b195415e26a939e.txt"), seedNames());
    }
  }

  @Test
  void should_refuse_hidden_names_paths_and_other_suffixes_before_reading_the_page()
      throws Exception {
    byte[] page = Files.readAllBytes(UPLOAD);
    try (NewsLibrary lib = Fixtures.library(seeds, data, EmbeddingModelChoice.BGE_SMALL_ZH_V15)) {
      for (String name : List.of(".txt", "...txt", ".hidden.txt", "../up.txt", "a/b.txt",
          "page.pdf", "page.txt.exe", "", "x".repeat(120) + ".txt")) {
        assertReason(lib, "file name \"" + name + "\" is not usable", name, page);
      }
      assertThrows(RejectedFileException.class, () -> NewsLibrary.checkPageName(null));
      NewsLibrary.checkPageName("2025-09-12_p1.txt");
      NewsLibrary.checkPageName("嘉兴日报2025年9月12日第1版.TXT");
      assertEquals(List.of(), seedNames());
    }
  }

  private void assertReason(NewsLibrary lib, String reason, String name, byte[] bytes)
      throws IOException {
    List<String> before = seedNames();
    RejectedFileException e = assertThrows(RejectedFileException.class,
        () -> lib.addPage(name, bytes), name);
    assertTrue(e.getMessage().startsWith(reason), e.getMessage());
    assertEquals(before, seedNames(), "the seeds folder is untouched");
  }
}
