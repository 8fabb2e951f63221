package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import newsbot.bot.Wiring;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.retrieval.index.IndexInUseException;
import newsbot.bot.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: global options shared by every subcommand. */
@Command(
    name = "newsbot",
    mixinStandardHelpOptions = true,
    version = "newsbot 0.1.0",
    description = "Answers questions about 嘉兴日报·平湖版 with cited quotes.",
    subcommands = {ArticlesCommand.class, IngestCommand.class, SearchCommand.class,
        AskCommand.class, DigestCommand.class, EvalCommand.class, ChatCommand.class,
        ServeCommand.class, ReportCommand.class,
        BenchCommand.class})
public final class NewsbotCommand implements Runnable {

  static final Path DEFAULT_CONFIG = Path.of("config", "newsbot.yml");

  @Option(names = "--config", paramLabel = "FILE",
      description = "Configuration file (default: config/newsbot.yml when present).")
  Path config;

  @Option(names = "--seeds", paramLabel = "DIR", description = "Folder of page files (default: seeds).")
  Path seeds;

  @Option(names = "--data", paramLabel = "DIR", description = "Folder for the index and database (default: data).")
  Path data;

  Map<String, String> env = Map.of();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** The object graph, from the configuration with --seeds and --data applied over it. */
  Wiring wiring() {
    Path file = config != null ? config : DEFAULT_CONFIG;
    if (config != null && !file.toFile().isFile()) {
      throw new ConfigException("configuration file not found: " + config);
    }
    return new Wiring(BotConfig.from(Config.load(file, env), seeds, data));
  }

  /** Runs the command line; returns the exit status. */
  public static int run(String[] args, Map<String, String> env) {
    return run(args, env, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    NewsbotCommand top = new NewsbotCommand();
    top.env = env;
    CommandLine cli = new CommandLine(top);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException || e instanceof UserError
          || e instanceof IndexInUseException) {
        err.println("newsbot: " + e.getMessage());
        return 2;
      }
      err.println("newsbot: " + e);
      return 1;
    });
    return cli.execute(args);
  }
}
