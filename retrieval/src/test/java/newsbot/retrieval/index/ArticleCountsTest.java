package newsbot.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.store.ArticleCounts;
import newsbot.retrieval.store.StoredPassage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded index counts how many articles hold a term exactly as counting over the parsed
 * articles does, so that the answer gate's term weights need no scan of the corpus.
 */
class ArticleCountsTest {

  static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;

  /** Term → how many of the articles hold it, as the analysis cuts each whole article. */
  static Map<String, Integer> counted(List<Article> articles, ChineseAnalysis analysis) {
    Map<String, Integer> out = new HashMap<>();
    for (Article a : articles) {
      for (String t : new HashSet<>(analysis.terms(StoredPassage.articleText(a)))) {
        out.merge(t, 1, Integer::sum);
      }
    }
    return out;
  }

  @Test
  void should_count_the_articles_holding_every_term_of_the_seed_pages_as_the_articles_do()
      throws IOException {
    NewsLibrary lib = Fixtures.seedLibrary(BGE);
    List<Article> articles = lib.corpus().articles();
    for (ChineseAnalysis analysis : List.of(ChineseAnalysis.BIGRAM, ChineseAnalysis.SMARTCN)) {
      Map<String, Integer> expected = counted(articles, analysis);
      ArticleCounts stored = lib.index().articleCounts(analysis, expected.keySet());
      assertEquals(articles.size(), stored.articles());
      assertEquals(expected, stored.holding(), analysis.name());
    }
  }

  @Test
  void should_count_a_common_term_a_rare_one_and_one_the_paper_never_prints()
      throws IOException {
    NewsLibrary lib = Fixtures.seedLibrary(BGE);
    // 30 articles: 平湖 in 23 of them, 洁具 only in 平湖经开助力企业发展跨境电商, no 地铁 at all
    ArticleCounts bigrams = lib.index().articleCounts(ChineseAnalysis.BIGRAM,
        List.of("平湖", "洁具", "地铁"));
    assertEquals(new ArticleCounts(30, Map.of("平湖", 23, "洁具", 1, "地铁", 0)), bigrams);
    ArticleCounts words = lib.index().articleCounts(ChineseAnalysis.SMARTCN,
        List.of("平湖", "跨境", "银行", "地铁"));
    assertEquals(new ArticleCounts(30, Map.of("平湖", 23, "跨境", 3, "银行", 1, "地铁", 0)),
        words);
  }

  @Test
  void should_count_a_word_added_to_a_later_passage_of_an_article(@TempDir Path seeds,
      @TempDir Path data) throws IOException {
    String page = "001_1b195415e26a939e.txt";
    Files.copy(Fixtures.SEEDS.resolve(page), seeds.resolve(page));
    try (NewsLibrary lib = Fixtures.library(seeds, data, BGE)) {
      lib.ingest();
      assertEquals(Map.of("鸭嘴", 0),
          lib.index().articleCounts(ChineseAnalysis.BIGRAM, List.of("鸭嘴")).holding());
      String text = Files.readString(seeds.resolve(page), StandardCharsets.UTF_8);
      // the fourth paragraph of 我市加力推动跨境电商高质量发展, far from its first passage
      Files.writeString(seeds.resolve(page),
          text.replace("平台是跨境电商发展的重要载体", "鸭嘴兽是跨境电商发展的重要载体"),
          StandardCharsets.UTF_8);
      lib.ingest();
      ArticleCounts after = lib.index().articleCounts(ChineseAnalysis.BIGRAM, List.of("鸭嘴"));
      assertEquals(Map.of("鸭嘴", 1), after.holding());
      assertEquals(lib.corpus().articles().size(), after.articles());
    }
  }
}
