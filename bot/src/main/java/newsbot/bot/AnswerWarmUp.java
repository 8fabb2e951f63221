package newsbot.bot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the chat a few messages before the bot says it is ready, as the command line does (not
 * logged, not rate-limited). The first answers of a process load the word dictionaries and
 * classes and run cold code: measured under load, the first two took 3 s each and every message
 * queued behind them waited as long. Paid here, that cost falls before {@code /healthz} turns 200,
 * not on the first readers.
 */
public final class AnswerWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerWarmUp.class);
  private static final String WHO = "warm-up";

  private final ChatService chat;
  private final NewsLibrary library;
  private final int headlines;

  /** @param headlines how many questions about the latest issue's articles to ask */
  public AnswerWarmUp(ChatService chat, NewsLibrary library, int headlines) {
    this.chat = chat;
    this.library = library;
    this.headlines = headlines;
  }

  /**
   * The messages sent: {@code 「headline」是怎么回事?} for the first articles of the latest issue, a
   * follow-up, the day's news and the digest (each path a reader's message can take).
   */
  List<String> messages() throws IOException {
    List<String> out = new ArrayList<>();
    Issue issue = library.latestIssue().orElse(null);
    if (issue != null) {
      for (Page page : issue.pages()) {
        for (Article a : page.articles()) {
          if (out.size() < headlines && !a.title().isBlank()) {
            out.add(a.title() + "是怎么回事?");
          }
        }
      }
    }
    out.addAll(List.of("还有呢?", "今天的报纸有什么?", "/digest"));
    return out;
  }

  /** Sends the messages; a failure is logged, never thrown (warming is not serving). */
  public void run() {
    long started = System.nanoTime();
    int sent = 0;
    try {
      for (String m : messages()) {
        chat.respond(Incoming.text(Channel.CLI, WHO, WHO, m));
        sent++;
      }
    } catch (IOException e) {
      LOG.warn("warming the answer path failed; the first readers pay for it", e);
      return;
    }
    LOG.info("answer path warmed with {} messages in {} ms", sent,
        (System.nanoTime() - started) / 1_000_000);
  }
}
