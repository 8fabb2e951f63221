package newsbot.bot.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsbot.bot.App;
import newsbot.retrieval.NewsLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code serve}: the bot process (web chat always; Telegram and WeCom when configured). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the bot: web chat and source viewer, plus Telegram/WeCom when configured.")
final class ServeCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;

  @Override
  public Integer call() throws Exception {
    Settings settings = parent.settings();
    NewsLibrary library = Components.library(settings);
    App app = App.start(Components.appParts(settings, library));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      try {
        library.close();
      } catch (Exception e) {
        // closing on the way out: nothing left to tell
      }
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }
}
