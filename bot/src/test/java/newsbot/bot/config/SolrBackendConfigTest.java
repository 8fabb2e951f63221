package newsbot.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import newsbot.solr.SolrSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** retrieval.backend and retrieval.solr.*: parsed once, wrong values named at start-up. */
class SolrBackendConfigTest {

  @TempDir Path dir;

  private BotConfig parse(String yaml, Map<String, String> env) throws IOException {
    Path f = dir.resolve("newsbot.yml");
    Files.writeString(f, yaml, StandardCharsets.UTF_8);
    return BotConfig.from(Config.load(f, env), null, null);
  }

  @Test
  void should_keep_the_embedded_index_by_default() throws IOException {
    assertTrue(parse("", Map.of()).backend().embedded());
  }

  @Test
  void should_read_the_cluster_with_credentials_from_the_environment_only() throws IOException {
    BotConfig c = parse("retrieval:\n  backend: solr\n  solr:\n"
        + "    urls: [http://solr1:8983/solr, http://solr2:8983/solr]\n    shards: 4\n",
        Map.of("NEWSBOT_RETRIEVAL_SOLR_USERNAME", "bot", "NEWSBOT_RETRIEVAL_SOLR_PASSWORD",
            "SECRET-pw"));
    SolrSettings s = c.backend().solr();
    assertEquals(List.of("http://solr1:8983/solr", "http://solr2:8983/solr"), s.urls());
    assertEquals("newsbot", s.collection());
    assertEquals(4, s.shards());
    assertEquals(2, s.replicas());
    assertEquals(Duration.ofSeconds(60), s.requestTimeout());
    assertEquals("bot", s.username());
    assertFalse(c.toString().contains("SECRET"), c.toString());
    ConfigException inFile = assertThrows(ConfigException.class,
        () -> parse("retrieval:\n  solr:\n    password: pw\n", Map.of()));
    assertTrue(inFile.getMessage().contains("retrieval.solr.password is a secret"),
        inFile.getMessage());
  }

  @Test
  void should_name_the_key_when_the_solr_backend_has_no_node_or_a_wrong_name() {
    ConfigException noUrl = assertThrows(ConfigException.class,
        () -> parse("retrieval:\n  backend: solr\n", Map.of()));
    assertTrue(noUrl.getMessage().contains("set retrieval.solr.urls"), noUrl.getMessage());
    ConfigException badUrl = assertThrows(ConfigException.class,
        () -> parse("retrieval:\n  backend: solr\n  solr:\n    urls: solr1:8983\n", Map.of()));
    assertTrue(badUrl.getMessage().contains("retrieval.solr.urls must list absolute http(s)"
        + " URLs, not 'solr1:8983'"), badUrl.getMessage());
    ConfigException engine = assertThrows(ConfigException.class,
        () -> parse("retrieval:\n  backend: elastic\n", Map.of()));
    assertTrue(engine.getMessage().contains("retrieval.backend must be lucene or solr, not"
        + " 'elastic'"), engine.getMessage());
  }
}
