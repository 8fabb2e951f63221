package newsbot.bot;

import newsbot.bot.cli.NewsbotCommand;

/** Entry point: {@code java -jar bot/target/newsbot.jar COMMAND}. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(NewsbotCommand.run(args, System.getenv()));
  }
}
