package newsbot.bot.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every configuration key the bot knows, with its built-in default: the one place defaults live.
 * {@code config/newsbot.yml} documents the same keys (a test keeps the two equal); a key that is
 * not here, in the file or as a {@code NEWSBOT_} variable, is a typo and fails at start-up.
 */
public final class ConfigKeys {

  /** Keys whose values are secrets: environment only, never logged. */
  public static final Set<String> SECRETS =
      Set.of("telegram.token", "wecom.secret", "wecom.aes-key", "wecom.token",
          "wecom.robot-webhook", "llm.api-key", "log.salt", "retrieval.solr.username",
          "retrieval.solr.password");

  /** Key → default ("" for none; lists comma-separated). */
  static final Map<String, String> DEFAULTS = defaults();

  private ConfigKeys() {}

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("seeds", "seeds");
    d.put("data", "data");
    d.put("paper.name", "嘉兴日报");
    d.put("paper.edition", "平湖版");
    d.put("paper.epaper-url-template",
        "http://szb.zjphol.com/pc/layout/{yyyyMM}/{dd}/node_{page2}.html");
    d.put("parser.furniture", "");
    d.put("embedding.model", "bge-small-zh-v15");
    d.put("retrieval.analyses", "bigram_unigram");
    d.put("retrieval.fusion", "minmax");
    d.put("retrieval.dense-weight", "0.6");
    d.put("retrieval.title-boost", "2.0");
    d.put("retrieval.vectors", "int8");
    // where the passages live: lucene (the embedded index in the data folder) or solr
    d.put("retrieval.backend", "lucene");
    d.put("retrieval.solr.urls", "");
    d.put("retrieval.solr.collection", "newsbot");
    d.put("retrieval.solr.shards", "2");
    d.put("retrieval.solr.replicas", "2");
    d.put("retrieval.solr.connect-timeout-ms", "5000");
    d.put("retrieval.solr.request-timeout-ms", "60000");
    d.put("retrieval.solr.username", "");
    d.put("retrieval.solr.password", "");
    d.put("http.host", "127.0.0.1");
    d.put("http.port", "8080");
    d.put("http.public-base-url", "");
    d.put("http.trusted-proxy-header", "");
    d.put("chat.rate-burst", "6");
    d.put("chat.rate-refill-seconds", "10");
    d.put("chat.max-subscriptions-per-channel", "10000");
    d.put("telegram.token", "");
    d.put("telegram.api-url", "https://api.telegram.org");
    d.put("telegram.admins", "");
    d.put("telegram.poll-seconds", "30");
    d.put("telegram.retry-seconds", "5");
    d.put("telegram.retry-max-seconds", "300");
    d.put("answer.min-passage-cosine", "0.59");
    d.put("answer.min-sentence-cosine", "0.60");
    d.put("answer.min-coverage", "0.95");
    d.put("answer.min-distinctive-terms", "6");
    d.put("answer.max-distinctive-share", "0.10");
    d.put("answer.min-foreign-cosine", "0.40");
    d.put("answer.related-coverage", "0.50");
    d.put("answer.max-question-chars", "300");
    d.put("wecom.corp-id", "");
    d.put("wecom.agent-id", "");
    d.put("wecom.api-url", "https://qyapi.weixin.qq.com");
    d.put("wecom.admins", "");
    d.put("wecom.max-age-seconds", "300");
    d.put("wecom.robot-time", "08:00");
    d.put("wecom.retry-base-ms", "1000");
    d.put("wecom.secret", "");
    d.put("wecom.token", "");
    d.put("wecom.aes-key", "");
    d.put("wecom.robot-webhook", "");
    d.put("llm.enabled", "false");
    d.put("llm.base-url", "");
    d.put("llm.model", "");
    d.put("llm.timeout-seconds", "20");
    d.put("llm.api-key", "");
    d.put("log.enabled", "true");
    d.put("log.retention-days", "180");
    d.put("log.salt", "");
    d.put("report.weekly", "");
    return Map.copyOf(d);
  }
}
