package newsbot.bot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  public static final Set<String> SECRETS = ConfigKeys.SECRETS;

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
    for (String key : values.keySet()) {
      if (!ConfigKeys.DEFAULTS.containsKey(key)) {
        throw new ConfigException(origin + ": unknown key '" + key + "'" + suggestion(key));
      }
    }
    for (String name : env.keySet()) {
      if (name.startsWith(ENV_PREFIX) && !ENV_NAMES.containsKey(name)
          && !NOT_CONFIGURATION.contains(name)) {
        throw new ConfigException("environment variable " + name + " names no configuration key"
            + suggestion(name));
      }
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

  /** A configuration from explicit values (tests, embedded use); keys are checked as in a file. */
  public static Config of(Map<String, String> values, Map<String, String> env) {
    for (String key : values.keySet()) {
      if (!ConfigKeys.DEFAULTS.containsKey(key)) {
        throw new ConfigException("explicit values: unknown key '" + key + "'" + suggestion(key));
      }
    }
    return new Config(values, env, "explicit values");
  }

  private static final String ENV_PREFIX = "NEWSBOT_";
  /**
   * NEWSBOT_ variables read elsewhere, not configuration keys: the log level (logback.xml), and
   * the command the shared traffic checker runs the bot with (check_traffic.py).
   */
  private static final java.util.Set<String> NOT_CONFIGURATION = java.util.Set.of(
      "NEWSBOT_LOG_LEVEL", "NEWSBOT_CLI");
  private static final Map<String, String> ENV_NAMES = envNames();

  private static Map<String, String> envNames() {
    Map<String, String> names = new LinkedHashMap<>();
    ConfigKeys.DEFAULTS.keySet().forEach(k -> names.put(envName(k), k));
    return Map.copyOf(names);
  }

  /** ", did you mean 'x'?" for the known key (or variable) closest to a typo, or nothing. */
  private static String suggestion(String unknown) {
    boolean env = unknown.startsWith(ENV_PREFIX);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : ConfigKeys.DEFAULTS.keySet()) {
      String candidate = env ? envName(k) : k;
      int d = distance(unknown, candidate);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best != null && bestDistance <= 3 ? ", did you mean '" + best + "'?" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int same = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + same);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
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

  /**
   * The value: the environment first, then the file, then the built-in default
   * ({@link ConfigKeys}); blank counts as unset.
   *
   * @throws IllegalArgumentException for a key the bot does not know (a bug, not a user error)
   */
  public String get(String key) {
    String fallback = ConfigKeys.DEFAULTS.get(key);
    if (fallback == null) {
      throw new IllegalArgumentException("not a configuration key: " + key);
    }
    String fromEnv = env.get(envName(key));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.strip();
    }
    String fromFile = SECRETS.contains(key) ? null : values.get(key);
    return fromFile != null && !fromFile.isBlank() ? fromFile.strip() : fallback;
  }

  /** Where a key's value comes from, for error messages: the variable, the file or the default. */
  public String source(String key) {
    String fromEnv = env.get(envName(key));
    if (fromEnv != null && !fromEnv.isBlank()) {
      return envName(key);
    }
    return values.containsKey(key) ? origin + ": " + key : key + " (built-in default)";
  }

  public int getInt(String key) {
    String v = get(key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new ConfigException(source(key) + " must be a whole number, not '" + v + "'");
    }
  }

  public double getDouble(String key) {
    String v = get(key);
    try {
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ConfigException(source(key) + " must be a number, not '" + v + "'");
    }
  }

  public boolean getBoolean(String key) {
    String v = get(key);
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new ConfigException(source(key) + " must be true or false, not '" + v + "'");
    };
  }

  /** A list: YAML sequence items, or comma/newline separated in an environment variable. */
  public List<String> getList(String key) {
    return List.of(get(key).split("[,\\n]")).stream().map(String::strip)
        .filter(s -> !s.isEmpty()).toList();
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
