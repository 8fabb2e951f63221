package newsbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import newsbot.bot.chat.ChatService;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.bot.store.Store;
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
  static Store store;
  static ChatService chat;

  @BeforeAll
  static void open() throws Exception {
    library = BotFixtures.seedLibrary(data);
    store = Store.open(data.resolve("newsbot.db"));
    chat = new Wiring(BotConfig.from(Config.of(Map.of(), Map.of()), Path.of("seeds"), data))
        .chatService(library, store);
    chat.markReady();
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
    library.close();
  }

  @Test
  void should_ask_about_articles_of_the_latest_issue_then_the_days_news() throws IOException {
    Set<String> titles = library.latestIssue().orElseThrow().pages().stream()
        .map(Page::articles).flatMap(List::stream).map(a -> a.title() + "是怎么回事?")
        .collect(Collectors.toSet());
    List<String> sent = new AnswerWarmUp(chat, library, 3).messages();
    assertEquals(6, sent.size(), sent.toString());
    assertTrue(titles.containsAll(sent.subList(0, 3)), sent + " not among " + titles);
    assertEquals(List.of("还有呢?", "今天的报纸有什么?", "/digest"), sent.subList(3, 6));
  }

  @Test
  void should_run_the_questions_through_the_model() {
    long before = library.embedder().computed();
    new AnswerWarmUp(chat, library, 2).run();
    assertTrue(library.embedder().computed() >= before + 2,
        "each question's embedding: " + (library.embedder().computed() - before));
  }
}
