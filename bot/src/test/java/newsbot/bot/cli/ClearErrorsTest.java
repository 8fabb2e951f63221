package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that cannot run says why in one sentence, not with a Java exception. */
class ClearErrorsTest {

  @TempDir Path dir;

  @Test
  void should_say_in_one_sentence_that_the_data_folder_is_a_file() throws Exception {
    Path file = dir.resolve("data.txt");
    Files.writeString(file, "not a folder", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("--data", file.toString(), "digest", "--latest");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("data folder " + file + " is a file"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void should_name_a_misspelt_configuration_key_and_its_file() throws Exception {
    Path config = dir.resolve("bot.yml");
    Files.writeString(config, "http:\n  prot: 8080\n", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("--config", config.toString(), "digest", "--latest");
    assertEquals(2, r.status());
    assertTrue(r.err().contains(config + ": unknown key 'http.prot', did you mean 'http.port'?"),
        r.err());
  }
}
