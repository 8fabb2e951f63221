package newsbot.bot.cli;

import java.nio.file.Path;
import newsbot.bot.config.Config;

/** The settings every command needs, resolved once from configuration and global options. */
record Settings(Config config, Path seeds, Path data) {
  static Settings from(Config config, Path seedsOption, Path dataOption) {
    Path seeds = seedsOption != null ? seedsOption : Path.of(config.get("seeds", "seeds"));
    Path data = dataOption != null ? dataOption : Path.of(config.get("data", "data"));
    return new Settings(config, seeds, data);
  }
}
