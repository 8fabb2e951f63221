package newsbot.retrieval.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed pages against the hand-made gold in eval/articles-gold.json: every gold article
 * found with its title in the headline stack and its lead in the body, clean main titles, no
 * furniture as a title, the masthead metadata, and every repeated paragraph kept once.
 */
class SeedPagesGoldTest {

  static final Path SEEDS = Path.of("seeds");
  static final Path GOLD = Path.of("eval", "articles-gold.json");

  static Corpus corpus;
  static JsonNode gold;

  @BeforeAll
  static void parseSeeds() throws IOException {
    corpus = new CorpusParser(FurnitureRules.defaults(), "平湖版").parseFolder(SEEDS);
    gold = new ObjectMapper().readTree(Files.readString(GOLD, StandardCharsets.UTF_8)).get("pages");
  }

  static String c(String s) {
    return Text.compact(s).replace("#", "");
  }

  static Page page(String source) {
    return corpus.pages().stream().filter(p -> p.source().equals(source)).findFirst().orElseThrow();
  }

  /** The article of the page whose stack holds the gold title and whose body holds the lead. */
  static Article match(Page page, JsonNode g) {
    for (Article a : page.articles()) {
      if (c(a.titleStack()).contains(c(g.get("title").asText()))
          && c(a.text()).contains(c(g.get("lead").asText()))) {
        return a;
      }
    }
    return null;
  }

  @Test
  void should_find_every_gold_article_with_title_in_stack_and_lead_in_body() {
    List<String> missing = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, JsonNode> e : gold.properties()) {
      for (JsonNode g : e.getValue().get("articles")) {
        total++;
        if (match(page(e.getKey()), g) == null) {
          missing.add(e.getKey() + ": " + g.get("title").asText());
        }
      }
    }
    assertEquals(30, total);
    assertEquals(List.of(), missing);
  }

  @Test
  void should_still_find_every_gold_article_when_a_converter_writes_no_blank_lines(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    for (Path seed : CorpusParser.pageFiles(SEEDS)) {
      List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      Files.write(dir.resolve(seed.getFileName()), lines, StandardCharsets.UTF_8);
    }
    Corpus squeezed = new CorpusParser(FurnitureRules.defaults(), "平湖版").parseFolder(dir);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : gold.properties()) {
      Page page = squeezed.pages().stream().filter(p -> p.source().equals(e.getKey()))
          .findFirst().orElseThrow();
      for (JsonNode g : e.getValue().get("articles")) {
        if (match(page, g) == null) {
          missing.add(e.getKey() + ": " + g.get("title").asText());
        }
      }
    }
    assertEquals(List.of(), missing);
    assertEquals(30, squeezed.articles().size());
  }

  @Test
  void should_find_at_most_two_articles_that_are_not_in_the_gold() {
    int extra = 0;
    for (Map.Entry<String, JsonNode> e : gold.properties()) {
      Page page = page(e.getKey());
      Set<String> matched = new HashSet<>();
      for (JsonNode g : e.getValue().get("articles")) {
        Article a = match(page, g);
        if (a != null) {
          matched.add(a.id());
        }
      }
      extra += page.articles().size() - matched.size();
    }
    assertTrue(extra <= 2, "articles not in the gold: " + extra);
  }

  @Test
  void should_make_the_main_title_one_clean_headline_line() throws Exception {
    for (Page page : corpus.pages()) {
      List<String> lines = new PageParser(FurnitureRules.defaults())
          .lines(PageReader.read(SEEDS.resolve(page.source()))).stream().map(Line::text).toList();
      for (Article a : page.articles()) {
        String t = a.title();
        assertFalse(t.isBlank(), a.id());
        assertFalse(t.contains("■") || t.contains("记者") || t.contains("本报讯"), t);
        assertFalse(t.contains("。"), "body text in title: " + t);
        assertFalse(t.contains("\n"), t);
        assertTrue(t.codePointCount(0, t.length()) <= 80, t);
        assertTrue(lines.stream().anyMatch(l -> c(l).contains(c(t))
            || c(t).contains(c(l))), "title is not a line of the page: " + t);
      }
    }
  }

  @Test
  void should_never_make_furniture_a_title_kicker_or_subtitle() {
    for (Map.Entry<String, JsonNode> e : gold.properties()) {
      for (JsonNode noise : e.getValue().get("noise")) {
        String n = c(noise.asText());
        for (Article a : page(e.getKey()).articles()) {
          assertFalse(c(a.titleStack()).contains(n), "furniture '" + noise.asText()
              + "' in the headline of " + a.title());
          assertFalse(c(a.text()).contains(n) && n.length() > 6 && !isQuotedInBody(n),
              "furniture '" + noise.asText() + "' in the body of " + a.title());
        }
      }
    }
  }

  private static boolean isQuotedInBody(String n) {
    return false;
  }

  @Test
  void should_date_page_001_from_its_masthead_and_leave_the_others_undated() {
    Page p1 = page("001_1b195415e26a939e.txt");
    assertEquals(LocalDate.of(2025, 8, 4), p1.date());
    assertEquals(5723, p1.issueNo());
    assertEquals("平湖版", p1.edition());
    for (String s : List.of("000_aec2ecdd056b09f5.txt", "002_3ca735ac978f3637.txt",
        "003_e4a181130212ea15.txt", "004_c46a323090806ea5.txt")) {
      assertNull(page(s).date(), s);
      assertNull(page(s).issueNo(), s);
    }
  }

  @Test
  void should_keep_every_repeated_paragraph_exactly_once() throws IOException {
    int repeatedChecked = 0;
    for (Page page : corpus.pages()) {
      Map<String, Integer> rawCounts = new HashMap<>();
      for (String raw : Files.readAllLines(SEEDS.resolve(page.source()), StandardCharsets.UTF_8)) {
        String k = c(raw.replaceAll("[((]下转\\d+版[))]", ""));
        if (k.codePointCount(0, k.length()) >= 20) {
          rawCounts.merge(k, 1, Integer::sum);
        }
      }
      String all = c(String.join("", page.articles().stream().map(Article::text).toList()));
      for (Map.Entry<String, Integer> e : rawCounts.entrySet()) {
        if (e.getValue() > 1) {
          repeatedChecked++;
          assertEquals(1, occurrences(all, e.getKey()),
              page.source() + " keeps this paragraph other than once: " + e.getKey());
        }
      }
    }
    assertTrue(repeatedChecked >= 10, "the seeds repeat paragraphs on pages 000 and 002");
  }

  @Test
  void should_match_gold_kind_and_byline() {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : gold.properties()) {
      for (JsonNode g : e.getValue().get("articles")) {
        Article a = match(page(e.getKey()), g);
        if (a == null) {
          continue;
        }
        if (!a.kind().jsonName().equals(g.get("kind").asText())) {
          wrong.add(a.title() + ": kind " + a.kind().jsonName() + " != " + g.get("kind").asText());
        }
        if (!c(a.byline()).equals(c(g.get("byline").asText()))) {
          wrong.add(a.title() + ": byline " + a.byline() + " != " + g.get("byline").asText());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void should_give_the_same_ids_on_every_run() throws IOException {
    Corpus again = new CorpusParser(FurnitureRules.defaults(), "平湖版").parseFolder(SEEDS);
    assertEquals(corpus.articles().stream().map(Article::id).toList(),
        again.articles().stream().map(Article::id).toList());
    assertEquals(corpus.articles().size(),
        new HashSet<>(corpus.articles().stream().map(Article::id).toList()).size());
  }

  static int occurrences(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
