package newsbot.retrieval.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.model.ArticleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A citizen's question about a notice is answered from the notice, not from the photo above it. */
class NoticeAnswerTest {

  /** Kept between runs so that the embedding cache spares re-embedding the seeds. */
  static final Path DATA = Path.of("retrieval", "target", "test-data", "notices");

  @TempDir Path seeds;

  @Test
  void should_answer_the_yearly_medical_insurance_contribution_from_the_notice() throws IOException {
    for (Path folder : new Path[] {Fixtures.SEEDS, NoticePagesTest.PAGES}) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.copy(f, seeds.resolve(f.getFileName()));
        }
      }
    }
    try (NewsLibrary lib = Fixtures.library(seeds, DATA, EmbeddingModelChoice.BGE_SMALL_ZH_V15)) {
      lib.ensureFresh();
      ExtractiveAnswerer answerer = new ExtractiveAnswerer(lib.retriever(),
          lib.embedder(), lib, new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE),
          AnswerSettings.defaults());

      Answer a = answerer.answer("城乡居民医保个人一年交多少钱?");

      assertTrue(a.found(), a.answer());
      assertTrue(a.answer().startsWith("城乡居民医保个人缴费标准为每人每年400元,"), a.answer());
      Citation c = a.citations().get(0);
      assertEquals(NoticePagesTest.MEDICAL, c.title());
      assertEquals("2025-09-15_p4.txt", c.source());
      assertEquals(ArticleKind.NOTICE, lib.corpus().article(c.articleId()).orElseThrow().kind());
    }
  }
}
