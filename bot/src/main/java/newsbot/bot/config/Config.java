package newsbot.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration: one YAML file whose keys are flattened to dotted names
 * ({@code telegram.api-url}), each overridable by the environment variable {@code NEWSBOT_} + the
 * key in upper case with '.' and '-' as '_' ({@code NEWSBOT_TELEGRAM_API_URL}).
 *
 * <p>Secrets are read from the environment only: a secret written into the file is refused at
 * start-up, and {@link #toString()} never shows one. Immutable.
 */
public final class Config {

  /** Keys whose values are secrets: environment only, never logged. */
  public static final Set<String> SECRETS =
      Set.of("telegram.token", "wecom.secret", "wecom.aes-key", "wecom.token",
          "wecom.robot-webhook", "llm.api-key");

  private final Map<String, String> values;
  private final Map<String, String> env;
  private final String origin;

  private Config(Map<String, String> values, Map<String, String> env, String origin) {
    this.values = Map.copyOf(values);
    this.env = Map.copyOf(env);
    this.origin = origin;
  }

  /**
   * Loads the file (when it exists) over nothing; environment variables override it.
   *
   * @throws ConfigException when the file is not valid YAML or holds a secret
   */
  public static Config load(Path file, Map<String, String> env) {
    Map<String, String> values = new LinkedHashMap<>();
    String origin = "built-in defaults";
    if (file != null && Files.isRegularFile(file)) {
      try {
        JsonNode root = new ObjectMapper(new YAMLFactory())
            .readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (root != null && !root.isMissingNode() && !root.isNull()) {
          if (!root.isObject()) {
            throw new ConfigException(file + ": the configuration must be a mapping of keys");
          }
          flatten("", root, values);
        }
      } catch (IOException e) {
        throw new ConfigException(file + ": not valid YAML: " + firstLine(e.getMessage()));
      }
      origin = file.toString();
    }
    for (String secret : SECRETS) {
      String v = values.get(secret);
      if (v != null && !v.isBlank()) {
        throw new ConfigException(origin + ": " + secret + " is a secret; set it in the environment"
            + " as " + envName(secret) + ", not in the file");
      }
    }
    return new Config(values, env, origin);
  }

  /** A configuration from explicit values (tests, embedded use). */
  public static Config of(Map<String, String> values, Map<String, String> env) {
    return new Config(values, env, "explicit values");
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(key, v, out);
      } else if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(item -> items.add(item.asText()));
        out.put(key, String.join("\n", items));
      } else if (!v.isNull()) {
        out.put(key, v.asText());
      }
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  /** NEWSBOT_ + the key in upper case, '.' and '-' as '_'. */
  public static String envName(String key) {
    return "NEWSBOT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** The value: the environment first, then the file; empty when neither sets it. */
  public Optional<String> get(String key) {
    String fromEnv = env.get(envName(key));
    if (fromEnv != null) {
      return Optional.of(fromEnv);
    }
    if (SECRETS.contains(key)) {
      return Optional.empty();
    }
    return Optional.ofNullable(values.get(key));
  }

  public String get(String key, String fallback) {
    return get(key).filter(v -> !v.isBlank()).orElse(fallback);
  }

  public int getInt(String key, int fallback) {
    Optional<String> v = get(key).filter(s -> !s.isBlank());
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.get().strip());
    } catch (NumberFormatException e) {
      throw new ConfigException(key + " must be a whole number, not '" + v.get() + "'");
    }
  }

  public boolean getBoolean(String key, boolean fallback) {
    Optional<String> v = get(key).filter(s -> !s.isBlank());
    if (v.isEmpty()) {
      return fallback;
    }
    return switch (v.get().strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new ConfigException(key + " must be true or false, not '" + v.get() + "'");
    };
  }

  /** A list: YAML sequence items, or comma/newline separated in an environment variable. */
  public List<String> getList(String key) {
    return get(key).map(v -> List.of(v.split("[,\\n]")).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList()).orElse(List.of());
  }

  /** Where the values came from, for the start-up log. */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    // never print secrets: they are not in `values`, and env is not shown
    return "Config[" + origin + ", keys=" + values.keySet() + "]";
  }
}
