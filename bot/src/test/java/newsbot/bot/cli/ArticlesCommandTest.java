package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlesCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void should_print_the_contract_json_for_every_seed_page() throws IOException {
    CliRunner.Result r = CliRunner.run("articles", "--json");
    assertEquals(0, r.status(), r.err());
    JsonNode pages = JSON.readTree(r.out()).get("pages");
    assertEquals(5, pages.size());
    JsonNode p1 = pages.get(1);
    assertEquals("001_1b195415e26a939e.txt", p1.get("source").asText());
    assertEquals("2025-08-04", p1.get("date").asText());
    assertEquals(5723, p1.get("issue_no").asInt());
    assertEquals("平湖版", p1.get("edition").asText());
    assertTrue(pages.get(0).get("date").isNull());
    JsonNode a = p1.get("articles").get(2);
    for (String key : List.of("article_id", "title", "kicker", "subtitle", "byline", "kind", "text",
        "continues_to_page", "continued_from_page")) {
      assertTrue(a.has(key), "missing key " + key);
    }
    assertEquals("我市加力推动跨境电商高质量发展", a.get("title").asText());
    assertEquals("到2027年,实现30亿元以上出口规模", a.get("kicker").asText());
    assertEquals("news", a.get("kind").asText());
    assertTrue(a.get("text").asText().contains("达30亿元以上"));
    int total = 0;
    for (JsonNode p : pages) {
      total += p.get("articles").size();
    }
    assertEquals(30, total);
  }

  @Test
  void should_report_a_bad_file_by_name_on_stderr_and_still_load_the_good_one(@TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("broken.txt");
    Files.write(bad, new byte[] {0, 1, 2, 3});
    CliRunner.Result r = CliRunner.run("articles", "--json", "seeds/003_e4a181130212ea15.txt",
        bad.toString());
    assertEquals(0, r.status());
    assertTrue(r.err().contains("broken.txt") && r.err().contains("binary file"), r.err());
    JsonNode root = JSON.readTree(r.out());
    assertEquals(1, root.get("pages").size());
    assertEquals("broken.txt", root.get("report").get("rejected").get(0).get("source").asText());
  }

  @Test
  void should_exit_non_zero_when_nothing_could_be_loaded(@TempDir Path dir) throws IOException {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);
    CliRunner.Result r = CliRunner.run("articles", "--json", empty.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().contains("empty.txt: empty file"), r.err());
  }

  @Test
  void should_name_a_missing_seeds_folder_in_one_line() {
    CliRunner.Result r = CliRunner.run("--seeds", "no/such/folder", "articles");
    assertEquals(2, r.status());
    assertEquals("newsbot: seeds folder not found: no/such/folder", r.err().strip());
  }

  @Test
  void should_refuse_a_secret_written_in_the_config_file(@TempDir Path dir) throws IOException {
    Path config = dir.resolve("bad.yml");
    Files.writeString(config, "telegram:\n  token: \"123:abc\"\n");
    CliRunner.Result r = CliRunner.run("--config", config.toString(), "articles");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("NEWSBOT_TELEGRAM_TOKEN"), r.err());
    assertTrue(!r.err().contains("123:abc"), "the secret itself is never printed");
  }

  @Test
  void should_reject_an_unknown_command_with_usage() {
    CliRunner.Result r = CliRunner.run("frobnicate");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("frobnicate"), r.err());
  }
}
