package newsbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsbot.bot.testing.BotFixtures;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.model.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answers a starting bot gives itself before it is ready. */
class AnswerWarmUpTest {

  @TempDir static Path data;
  static NewsLibrary library;

  @BeforeAll
  static void open() throws IOException {
    library = BotFixtures.seedLibrary(data);
  }

  @AfterAll
  static void close() throws IOException {
    library.close();
  }

  @Test
  void should_ask_about_articles_of_the_latest_issue() throws IOException {
    Set<String> titles = library.latestIssue().orElseThrow().pages().stream()
        .map(Page::articles).flatMap(List::stream).map(a -> a.title() + "是怎么回事?")
        .collect(Collectors.toSet());
    List<String> asked = new AnswerWarmUp(BotFixtures.answerer(library), library, 3).questions();
    assertEquals(3, asked.size(), asked.toString());
    assertTrue(titles.containsAll(asked), asked + " not among " + titles);
  }

  @Test
  void should_run_each_question_through_the_model() {
    long before = library.embedder().computed();
    new AnswerWarmUp(BotFixtures.answerer(library), library, 2).run();
    assertTrue(library.embedder().computed() >= before + 2,
        "each question's embedding: " + (library.embedder().computed() - before));
  }

  @Test
  void should_not_throw_when_an_answer_fails() {
    new AnswerWarmUp(request -> {
      throw new IOException("index closed");
    }, library, 3).run();
  }
}
