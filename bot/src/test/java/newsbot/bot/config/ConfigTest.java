package newsbot.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {

  @TempDir Path dir;

  private Path file(String yaml) throws IOException {
    Path f = dir.resolve("newsbot.yml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return f;
  }

  private BotConfig parse(String yaml, Map<String, String> env) throws IOException {
    return BotConfig.from(Config.load(file(yaml), env), null, null);
  }

  @Test
  void should_refuse_a_misspelt_key_naming_the_key_the_file_and_the_likely_key() throws IOException {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parse("retrieval:\n  dense-wieght: 0.9\n", Map.of()));
    assertTrue(e.getMessage().contains("retrieval.dense-wieght"), e.getMessage());
    assertTrue(e.getMessage().contains("newsbot.yml"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'retrieval.dense-weight'"), e.getMessage());
  }

  @Test
  void should_refuse_a_misspelt_environment_variable() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parse("", Map.of("NEWSBOT_TELEGRAM_TOKN", "x")));
    assertTrue(e.getMessage().contains("NEWSBOT_TELEGRAM_TOKN"), e.getMessage());
    assertTrue(e.getMessage().contains("NEWSBOT_TELEGRAM_TOKEN"), e.getMessage());
  }

  @Test
  void should_accept_the_log_level_variable_that_logback_reads() throws IOException {
    parse("", Map.of("NEWSBOT_LOG_LEVEL", "DEBUG")); // README: NEWSBOT_LOG_LEVEL=DEBUG
    assertThrows(ConfigException.class, () -> parse("", Map.of("NEWSBOT_LOG_LEVL", "DEBUG")));
  }

  @Test
  void should_accept_the_command_variable_the_shared_traffic_checker_reads() throws IOException {
    // check_traffic.py runs the bot as $NEWSBOT_CLI, which the bot then finds in its environment
    parse("", Map.of("NEWSBOT_CLI", "java -jar bot/target/newsbot.jar"));
  }

  @Test
  void should_refuse_a_value_of_the_wrong_type_naming_key_and_file() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parse("retrieval:\n  dense-weight: heavy\n", Map.of()));
    assertTrue(e.getMessage().contains("newsbot.yml: retrieval.dense-weight must be a number"),
        e.getMessage());
    ConfigException port = assertThrows(ConfigException.class,
        () -> parse("", Map.of("NEWSBOT_HTTP_PORT", "80a")));
    assertEquals("NEWSBOT_HTTP_PORT must be a whole number, not '80a'", port.getMessage());
    assertThrows(ConfigException.class, () -> parse("wecom:\n  agent-id: abc\n", Map.of()));
    assertThrows(ConfigException.class, () -> parse("telegram:\n  api-url: nope\n", Map.of()));
    assertThrows(ConfigException.class, () -> parse("http:\n  port: 70000\n", Map.of()));
  }

  @Test
  void should_refuse_a_secret_written_in_the_file() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> parse("telegram:\n  token: 123:abc\n", Map.of()));
    assertTrue(e.getMessage().contains("NEWSBOT_TELEGRAM_TOKEN"), e.getMessage());
  }

  @Test
  void should_let_the_environment_override_the_file() throws IOException {
    BotConfig c = parse("http:\n  port: 9000\n", Map.of("NEWSBOT_HTTP_PORT", "9100"));
    assertEquals(9100, c.http().port());
    assertEquals("http://localhost:9100", c.http().linkBase());
  }

  @Test
  void should_never_show_a_secret_in_toString() throws IOException {
    BotConfig c = parse("", Map.of("NEWSBOT_TELEGRAM_TOKEN", "123456:SECRET-TOKEN",
        "NEWSBOT_WECOM_SECRET", "wecom-SECRET", "NEWSBOT_LLM_API_KEY", "sk-SECRET"));
    assertTrue(c.telegram().enabled());
    assertFalse(c.toString().contains("SECRET"), c.toString());
  }

  @Test
  void should_ship_a_configuration_file_whose_values_are_the_built_in_defaults() {
    Path file = Path.of("config", "newsbot.yml");
    assertTrue(Files.isRegularFile(file), "tests run from the project root");
    BotConfig shipped = BotConfig.from(Config.load(file, Map.of()), null, null);
    assertEquals(file.toString(), shipped.origin());
    BotConfig builtIn = BotConfig.from(Config.of(Map.of(), Map.of()), null, null);
    assertEquals(builtIn.withOrigin("x"), shipped.withOrigin("x"));
  }
}
