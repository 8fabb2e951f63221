package newsbot.bot.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.answer.Overviews;
import newsbot.retrieval.answer.TopicAnswers;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.FurnitureRules;
import newsbot.retrieval.search.RetrievalSettings;

/** Real parts for bot tests: the seed pages, the bge model, a real index in a temp folder. */
public final class BotFixtures {
  private BotFixtures() {}

  public static CorpusParser parser() {
    return new CorpusParser(FurnitureRules.defaults(), "平湖版");
  }

  public static NewsLibrary seedLibrary(Path data) throws IOException {
    EmbeddingModelChoice bge = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
    Embedder embedder = new Embedder(bge, () -> bge.load(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    })), EmbeddingCache.open(data.resolve("embeddings"), bge.configName(), bge.dimension()));
    NewsLibrary lib = NewsLibrary.open(Path.of("seeds"), data, parser(), embedder,
        RetrievalSettings.defaults());
    lib.ensureFresh();
    return lib;
  }

  public static ExtractiveAnswerer answerer(NewsLibrary library) {
    return new ExtractiveAnswerer(library.retriever(), library.embedder(), library,
        LINKS, AnswerSettings.defaults());
  }

  /** Overviews, summaries and roles over the same answerer. */
  public static Overviews overviews(NewsLibrary library) {
    return new TopicAnswers(answerer(library), library.retriever(), library.embedder(),
        library, LINKS);
  }

  static final Links LINKS = new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE);

  /**
   * The verdict the question log in a data folder holds for a question: +1, -1 or 0 (none),
   * read with plain JDBC, not through the class under test.
   */
  public static int loggedVerdict(Path data, long question) throws SQLException {
    try (Connection db = DriverManager.getConnection(
            "jdbc:sqlite:" + data.resolve("questions.db"));
        PreparedStatement p =
            db.prepareStatement("SELECT verdict FROM question WHERE id = ?")) {
      p.setLong(1, question);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new AssertionError("question " + question + " is not logged");
        }
        return r.getInt(1);
      }
    }
  }
}
