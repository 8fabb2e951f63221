package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.log.UserHash;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report}: the newsroom report and the QA export, from a real question log. */
class ReportCommandTest {

  static final String ARTICLE = "000_aec2ecdd056b09f5-c50dec4a";
  static final Map<String, String> ENV = Map.of("NEWSBOT_LOG_SALT", "cli-test-salt");

  @TempDir static Path data;

  @BeforeAll
  static void log() throws Exception {
    try (QuestionLog log = QuestionLog.open(data.resolve("questions.db"),
        UserHash.of("cli-test-salt"), Duration.ofDays(180), Clock.systemUTC())) {
      for (String q : List.of("平湖什么时候通地铁?", "地铁什么时候通到平湖", "平湖有地铁吗")) {
        log.record(new QuestionLog.Question("telegram", "500", q, q, "not_found", List.of(),
            new QuestionLog.Evidence(0.2, 0.4), "报纸里没有找到能回答这个问题的内容。"));
      }
      long id = log.record(new QuestionLog.Question("wecom", "zhangsan", "全面深化改革委员会会议谁主持的",
          "全面深化改革委员会会议谁主持的", "answer", List.of(ARTICLE), new QuestionLog.Evidence(1.0, 0.8), "钟伟华主持召开……[1]"));
      log.vote(id, "wecom", "zhangsan", false);
    }
  }

  @Test
  void should_print_the_report_as_json_with_the_phrasings_merged_and_the_article_named()
      throws Exception {
    CliRunner.Result r = CliRunner.run(ENV, "--data", data.toString(), "report", "--json",
        "--days", "7");
    assertEquals(0, r.status(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(4, j.get("questions").asInt());
    assertEquals(0.25, j.get("answer_rate").asDouble(), 1e-9);
    assertEquals(1, j.get("unanswered").size());
    assertEquals(3, j.get("unanswered").get(0).get("count").asInt());
    assertEquals("钟伟华主持召开市委全面深化改革委员会会议",
        j.get("most_cited").get(0).get("title").asText());
    assertEquals("全面深化改革委员会会议谁主持的", j.get("downvoted").get(0).get("question").asText());
    assertFalse(r.out().contains("zhangsan") || r.out().contains("\"500\""), r.out());
  }

  @Test
  void should_export_the_not_found_and_thumbs_down_questions_with_empty_gold() throws Exception {
    Path file = data.resolve("export").resolve("reader-qa.jsonl");
    CliRunner.Result r = CliRunner.run(ENV, "--data", data.toString(), "report", "--export-qa",
        file.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("wrote 4 questions"), r.out());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals(4, lines.size());
    JsonNode last = new ObjectMapper().readTree(lines.get(3));
    assertEquals("全面深化改革委员会会议谁主持的", last.get("question").asText());
    assertEquals("thumbs_down", last.get("why").asText());
    assertEquals(0, last.get("gold").size());
  }

  @Test
  void should_refuse_a_bad_number_of_days_in_one_sentence() {
    CliRunner.Result r = CliRunner.run(ENV, "--data", data.toString(), "report", "--days", "0");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("--days must be 1 to 3650"), r.err());
  }

  @Test
  void should_say_there_is_nothing_to_report_when_the_log_is_off() {
    CliRunner.Result r = CliRunner.run(Map.of("NEWSBOT_LOG_ENABLED", "false"), "--data",
        data.toString(), "report");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("the question log is off"), r.err());
  }
}
