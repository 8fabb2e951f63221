package newsbot.retrieval.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.store.Passage;
import newsbot.retrieval.store.Passages;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.parse.CorpusParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated archive of three days, parsed by the real parser. */
class ArchiveGeneratorTest {

  private static final int DAYS = 3;
  @TempDir static Path dir;
  private static ArchiveGenerator.Archive archive;
  private static Corpus corpus;
  private static Corpus seedsAlone;

  @BeforeAll
  static void generate() throws IOException {
    archive = new ArchiveGenerator(Fixtures.parser(), 42).write(Fixtures.SEEDS, dir.resolve("a"), DAYS);
    corpus = Fixtures.parser().parseFolder(archive.folder());
    seedsAlone = Fixtures.parser().parseFolder(Fixtures.SEEDS);
  }

  @Test
  void should_parse_every_generated_page_with_no_rejected_file() {
    assertEquals(List.of(), corpus.report().rejected());
    assertEquals(DAYS * 8 + 5, corpus.pages().size());
    assertEquals(DAYS * 8 + 5, archive.pages());
  }

  @Test
  void should_print_eight_pages_a_day_with_their_date_issue_and_page_number() {
    for (int d = 0; d < DAYS; d++) {
      LocalDate date = ArchiveGenerator.LAST_DAY.minusDays(d);
      List<Page> pages = corpus.pages().stream().filter(p -> date.equals(p.date())).toList();
      assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), pages.stream().map(Page::page).sorted().toList(),
          date.toString());
      for (Page p : pages) {
        assertEquals(ArchiveGenerator.fileName(date, p.page()), p.source());
        assertEquals(ArchiveGenerator.issueNo(date), p.issueNo());
        assertEquals("平湖版", p.edition());
      }
    }
    assertEquals(5722, ArchiveGenerator.issueNo(LocalDate.of(2025, 8, 3)));
  }

  @Test
  void should_find_every_generated_article_with_its_headline_and_byline() {
    List<Article> generated = corpus.articles().stream()
        .filter(ArchiveGeneratorTest::generated).toList();
    assertEquals(archive.generatedArticles(), generated.size());
    for (Article a : generated) {
      assertTrue(a.byline().startsWith("记者 "), a.id() + " byline " + a.byline());
      assertTrue(a.paragraphs().size() >= 4, a.id() + " has " + a.paragraphs());
    }
  }

  @Test
  void should_never_repeat_a_paragraph_or_a_passage_nor_print_one_of_the_real_pages() {
    Set<String> real = new HashSet<>();
    for (Article a : corpus.articles()) {
      if (!generated(a)) {
        real.addAll(a.paragraphs());
        Passages.of(a).forEach(p -> real.add(p.text()));
      }
    }
    Set<String> paragraphs = new HashSet<>();
    Set<String> passages = new HashSet<>();
    for (Article a : corpus.articles()) {
      if (!generated(a)) {
        continue;
      }
      for (String p : a.paragraphs()) {
        assertTrue(paragraphs.add(p) && !real.contains(p), "repeated paragraph: " + p);
      }
      for (Passage p : Passages.of(a)) {
        assertTrue(passages.add(p.text()) && !real.contains(p.text()),
            "repeated passage: " + p.text());
      }
    }
    assertTrue(passages.size() > DAYS * 8 * 25, "passages: " + passages.size());
    assertEquals(0, corpus.report().repeatedParagraphs() - seedsAlone.report().repeatedParagraphs(),
        "the parser dropped no generated paragraph as a repeat");
  }

  private static boolean generated(Article a) {
    return a.source().matches("\\d{4}-\\d{2}-\\d{2}_p\\d\\.txt");
  }

  @Test
  void should_stitch_the_front_page_lead_continued_on_page_two() {
    assertTrue(corpus.report().stitchedContinuations() >= DAYS,
        "stitched " + corpus.report().stitchedContinuations());
    for (int d = 0; d < DAYS; d++) {
      String front = ArchiveGenerator.fileName(ArchiveGenerator.LAST_DAY.minusDays(d), 1);
      Article lead = corpus.pages().stream().filter(p -> p.source().equals(front)).findFirst()
          .orElseThrow().articles().get(0);
      assertEquals(2, lead.continuesToPage(), front);
      assertTrue(lead.paragraphs().size() >= 9, front + " lead has " + lead.paragraphs().size());
      assertTrue(lead.paragraphs().stream().noneMatch(p -> p.contains("下转")), front);
    }
  }

  @Test
  void should_include_the_seed_pages_unchanged() throws IOException {
    for (Path seed : CorpusParser.pageFiles(Fixtures.SEEDS)) {
      assertArrayEquals(Files.readAllBytes(seed),
          Files.readAllBytes(archive.folder().resolve(seed.getFileName())), seed.toString());
    }
    assertEquals(5, archive.seedPages());
  }

  @Test
  void should_write_the_same_bytes_from_the_same_seed() throws IOException {
    Path again = new ArchiveGenerator(Fixtures.parser(), 42).write(Fixtures.SEEDS, dir.resolve("b"), DAYS)
        .folder();
    Path other = new ArchiveGenerator(Fixtures.parser(), 43).write(Fixtures.SEEDS, dir.resolve("c"), 1)
        .folder();
    for (Path f : CorpusParser.pageFiles(archive.folder())) {
      assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(f.getFileName())),
          f.toString());
    }
    String p1 = ArchiveGenerator.fileName(ArchiveGenerator.LAST_DAY, 1);
    assertTrue(!Files.readString(archive.folder().resolve(p1)).equals(
        Files.readString(other.resolve(p1))), "another seed writes another archive");
  }

  @Test
  void should_rename_people_and_change_figures_of_the_real_sentences() {
    Map<String, Integer> titles = new HashMap<>();
    String generatedText = corpus.pages().stream()
        .filter(p -> p.source().endsWith("_p1.txt") || p.source().endsWith("_p3.txt"))
        .flatMap(p -> p.articles().stream()).map(Article::text).collect(Collectors.joining());
    assertNotNull(generatedText);
    assertTrue(!generatedText.contains("钟伟华") && !generatedText.contains("周军波"),
        "real office holders renamed");
    corpus.articles().forEach(a -> titles.merge(a.title(), 1, Integer::sum));
    assertTrue(titles.size() > corpus.articles().size() / 3, "titles vary: " + titles.size());
  }
}
