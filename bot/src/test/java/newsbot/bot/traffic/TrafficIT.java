package newsbot.bot.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat traffic through the packaged jar, scored by the shared checker
 * ({@code ../shared/eval/check_traffic.py}): the example conversations over the seed pages, and
 * our own conversations over the seeds plus the pages written for evaluation.
 */
class TrafficIT {

  private static final Pattern SCORE = Pattern.compile("traffic: (\\d+)/(\\d+) turns pass");

  record Score(int passed, int turns, String output) {}

  static Score check(Path traffic, Path seeds) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3", "../shared/eval/check_traffic.py",
        "--details"));
    if (seeds != null) {
      cmd.addAll(List.of("--seeds", seeds.toString()));
    }
    cmd.add(traffic.toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the checker finished");
    System.out.println(out);
    Matcher m = SCORE.matcher(out);
    assertTrue(m.find(), out);
    return new Score(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), out);
  }

  @Test
  void should_pass_every_turn_of_the_shared_example_conversations() throws Exception {
    Score s = check(Path.of("..", "shared", "eval", "traffic-dev.jsonl"), null);
    assertEquals(s.turns(), s.passed(), s.output());
  }

  @Test
  void should_pass_every_turn_of_our_own_conversations_over_the_seeds_and_the_evaluation_pages(
      @TempDir Path seeds) throws Exception {
    for (Path dir : List.of(Path.of("seeds"), Path.of("eval", "pages"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(f -> f.toString().endsWith(".txt")
            || f.getFileName().toString().equals("manifest.json")).toList()) {
          Files.copy(f, seeds.resolve(f.getFileName()));
        }
      }
    }
    Score s = check(Path.of("eval", "traffic-own.jsonl"), seeds);
    assertTrue(s.turns() >= 311, "at least the 151 conversations written so far");
    assertEquals(s.turns(), s.passed(), s.output());
  }
}
