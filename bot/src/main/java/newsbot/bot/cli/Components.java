package newsbot.bot.cli;

import newsbot.bot.config.Config;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.FurnitureRules;

/** The composition root for the command line: builds components from configuration. */
final class Components {
  private Components() {}

  static CorpusParser parser(Config config) {
    return new CorpusParser(FurnitureRules.withExtra(config.getList("parser.furniture")),
        config.get("paper.edition", "平湖版"));
  }
}
