package newsbot.bot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a few questions about the latest issue before the bot says it is ready, unlogged. The
 * first answers of a process load the word dictionaries and classes and run cold code: measured
 * under load, the first two took 3 s each and every message queued behind them waited as long.
 * Paid here, that cost falls before {@code /healthz} turns 200, not on the first readers.
 */
public final class AnswerWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(AnswerWarmUp.class);

  private final Answerer answerer;
  private final NewsLibrary library;
  private final int questions;

  /**
   * @param answerer the extractive answerer (never one that calls out of the machine)
   * @param questions how many questions to answer, one per article of the latest issue
   */
  public AnswerWarmUp(Answerer answerer, NewsLibrary library, int questions) {
    this.answerer = answerer;
    this.library = library;
    this.questions = questions;
  }

  /** The questions asked: {@code 「headline」是怎么回事?} for the first articles of the latest issue. */
  List<String> questions() throws IOException {
    List<String> out = new ArrayList<>();
    Issue issue = library.latestIssue().orElse(null);
    if (issue == null) {
      return out;
    }
    for (Page page : issue.pages()) {
      for (Article a : page.articles()) {
        if (out.size() < questions && !a.title().isBlank()) {
          out.add(a.title() + "是怎么回事?");
        }
      }
    }
    return out;
  }

  /** Answers the questions; a failure is logged, never thrown (warming is not serving). */
  public void run() {
    long started = System.nanoTime();
    int answered = 0;
    try {
      for (String q : questions()) {
        answerer.answer(q);
        answered++;
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("warming the answer path failed after {} questions; the first readers pay for it",
          answered, e);
      return;
    }
    LOG.info("answer path warmed with {} questions in {} ms", answered,
        (System.nanoTime() - started) / 1_000_000);
  }
}
