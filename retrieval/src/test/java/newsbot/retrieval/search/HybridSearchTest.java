package newsbot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HybridSearchTest {

  static NewsLibrary lib;

  @BeforeAll
  static void open() throws IOException {
    lib = Fixtures.seedLibrary(EmbeddingModelChoice.BGE_SMALL_ZH_V15);
  }

  @Test
  void should_cut_chinese_into_the_expected_tokens_per_analysis() throws IOException {
    assertEquals(List.of("跨", "境", "电", "商"), ChineseAnalysis.UNIGRAM.terms("跨境电商"));
    assertEquals(List.of("跨境", "境电", "电商"), ChineseAnalysis.BIGRAM.terms("跨境电商"));
    assertEquals(List.of("跨", "跨境", "境", "境电", "电", "电商", "商"),
        ChineseAnalysis.BIGRAM_UNIGRAM.terms("跨境电商"));
    assertEquals(List.of("平湖", "跨境", "电", "商"),
        ChineseAnalysis.SMARTCN.terms("平湖跨境电商"));
  }

  @Test
  void should_put_the_export_target_article_first_for_the_citizens_question() throws IOException {
    List<Hit> hits = lib.retriever().search(SearchRequest.of("平湖跨境电商2027年的目标是多少?", 5));
    assertEquals("我市加力推动跨境电商高质量发展", hits.get(0).passage().title());
    assertEquals("001_1b195415e26a939e.txt", hits.get(0).passage().source());
    assertEquals(LocalDate.of(2025, 8, 4), hits.get(0).passage().date());
    assertEquals(1, hits.get(0).rank());
    assertTrue(hits.size() <= 5);
    assertEquals(hits.size(), hits.stream().map(Hit::articleId).distinct().count(),
        "one hit per article");
  }

  @Test
  void should_find_the_article_for_an_english_question() throws IOException {
    List<Hit> hits = lib.retriever().search(
        SearchRequest.of("What is Pinghu's cross-border e-commerce export target for 2027?", 3));
    assertEquals("我市加力推动跨境电商高质量发展", hits.get(0).passage().title());
  }

  @Test
  void should_filter_by_kind_and_by_date() throws IOException {
    List<Hit> photos = lib.retriever().search(new SearchRequest("比赛 活动", 10, null, null, "photo"));
    assertTrue(photos.size() >= 2);
    assertTrue(photos.stream().allMatch(h -> h.passage().kind().equals("photo")));
    List<Hit> dated = lib.retriever().search(new SearchRequest("平湖", 10,
        LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 4), null));
    assertEquals(5, dated.size(), "only page 001 is dated 2025-08-04");
    assertTrue(dated.stream().allMatch(h -> h.passage().source().startsWith("001")));
  }

  @Test
  void should_return_nothing_for_a_query_of_only_punctuation_in_bm25() throws IOException {
    HybridRetriever bm25 = new HybridRetriever(lib.index(), lib.embedder(),
        RetrievalSettings.defaults().withMode(RetrievalSettings.Mode.BM25));
    assertEquals(List.of(), bm25.search(SearchRequest.of("???!!!", 5)));
  }
}
