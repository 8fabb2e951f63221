package newsbot.bot.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsbot.bot.App;
import newsbot.bot.Wiring;
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
    Wiring wiring = parent.wiring();
    NewsLibrary library = wiring.library();
    App app;
    try {
      app = wiring.app(library, java.time.Clock.systemUTC()).start();
    } catch (Exception e) {
      library.close();
      throw e;
    }
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
