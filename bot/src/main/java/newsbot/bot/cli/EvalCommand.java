package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsbot.bot.Wiring;
import newsbot.retrieval.NewsLibrary;
import newsbot.bot.Wiring;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.bot.Wiring;
import newsbot.retrieval.eval.AnswerEval;
import newsbot.bot.Wiring;
import newsbot.retrieval.eval.Metrics;
import newsbot.bot.Wiring;
import newsbot.retrieval.eval.QaItem;
import newsbot.bot.Wiring;
import newsbot.retrieval.eval.QaSet;
import newsbot.bot.Wiring;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.bot.Wiring;
import newsbot.retrieval.index.ChineseAnalysis;
import newsbot.bot.Wiring;
import newsbot.retrieval.search.Fusion;
import newsbot.bot.Wiring;
import newsbot.retrieval.search.HybridRetriever;
import newsbot.bot.Wiring;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.bot.Wiring;
import newsbot.retrieval.search.RetrievalSettings.Mode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eval [--json] [--qa FILE]}: retrieval metrics of this system and, in the same run, its
 * baselines.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Retrieval metrics for this system and its baselines.")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--qa", paramLabel = "FILE", description = "QA file (default: eval/qa-dev.jsonl).")
  Path qa = Path.of("eval", "qa-dev.jsonl");

  @Option(names = "--details", description = "Also print each question's rank for this system.")
  boolean details;

  record Run(String name, double hitAt1, double hitAt3, double hitAt5, double mrrAt10) {}

  record Output(String qaFile, int questions, List<Run> runs, AnswerEval.Result answers) {}

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(qa)) {
      throw new UserError("QA file not found: " + qa);
    }
    List<QaItem> items = QaSet.load(qa);
    Wiring wiring = parent.wiring();
    RetrievalSettings system = wiring.config().retrieval();
    EmbeddingModelChoice model = wiring.config().model();
    EmbeddingModelChoice other = model == EmbeddingModelChoice.BGE_SMALL_ZH_V15
        ? EmbeddingModelChoice.ALL_MINILM_L6_V2 : EmbeddingModelChoice.BGE_SMALL_ZH_V15;
    List<Metrics> metrics = new ArrayList<>();
    AnswerEval.Result answers;
    try (NewsLibrary main = wiring.library(model, system);
        NewsLibrary second = wiring.library(other, system)) {
      main.ensureFresh();
      second.ensureFresh();
      NewsLibrary bge = model == EmbeddingModelChoice.BGE_SMALL_ZH_V15 ? main : second;
      NewsLibrary minilm = bge == main ? second : main;
      if (details) {
        PrintWriter err = spec.commandLine().getErr();
        for (QaItem item : items) {
          if (item.answerable()) {
            err.printf("%s rank %d  %s%n", item.id(),
                RetrievalEval.firstRightRank(main.retriever(), item), item.question());
          }
        }
      }
      metrics.add(RetrievalEval.run("newsbot (hybrid " + model.configName() + ", "
          + system.fusion().name().toLowerCase() + ")", main.retriever(), items));
      RetrievalSettings bm25 = system.withMode(Mode.BM25);
      metrics.add(eval("bm25 standard-analyzer (lucene default)", main,
          bm25.withAnalyses(List.of(ChineseAnalysis.UNIGRAM)), items));
      for (ChineseAnalysis a : List.of(ChineseAnalysis.BIGRAM, ChineseAnalysis.BIGRAM_UNIGRAM,
          ChineseAnalysis.SMARTCN)) {
        metrics.add(eval("bm25 " + a.suffix(), main, bm25.withAnalyses(List.of(a)), items));
      }
      metrics.add(eval("bm25 bigram_unigram+smartcn", main, bm25.withAnalyses(
          List.of(ChineseAnalysis.BIGRAM_UNIGRAM, ChineseAnalysis.SMARTCN)), items));
      metrics.add(eval("dense all-minilm-l6-v2 (langchain4j easy-rag)", minilm,
          system.withMode(Mode.DENSE), items));
      metrics.add(eval("dense bge-small-zh-v15", bge, system.withMode(Mode.DENSE), items));
      answers = AnswerEval.run(wiring.extractive(main), main.corpus(),
          items);
      for (Fusion f : Fusion.values()) {
        metrics.add(eval("hybrid bge-small-zh-v15 " + f.name().toLowerCase(), bge,
            system.withMode(Mode.HYBRID).withFusion(f), items));
        metrics.add(eval("hybrid all-minilm-l6-v2 " + f.name().toLowerCase(), minilm,
            system.withMode(Mode.HYBRID).withFusion(f), items));
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Run> runs = metrics.stream().map(m -> new Run(m.name(), m.hitAt1(), m.hitAt3(),
        m.hitAt5(), round(m.mrrAt10()))).toList();
    int questions = metrics.isEmpty() ? 0 : metrics.get(0).questions();
    if (json) {
      out.println(Json.writePretty(new Output(qa.toString(), questions, runs, answers)));
    } else {
      out.printf("%s: %d answerable questions%n%-50s %7s %7s %7s %7s%n", qa, questions, "run",
          "hit@1", "hit@3", "hit@5", "MRR@10");
      for (Run r : runs) {
        out.printf("%-50s %7.3f %7.3f %7.3f %7.3f%n", r.name(), r.hitAt1(), r.hitAt3(),
            r.hitAt5(), r.mrrAt10());
      }
      out.printf("%nanswers (extractive): %d answerable, %d unanswerable%n"
              + "  reply holds the expected fact  %.3f%n  first citation is gold        %.3f%n"
              + "  quotes verbatim               %.3f%n  citations with a link         %.3f%n"
              + "  unanswerable → not found      %.3f%n", answers.answerable(),
          answers.unanswerable(), answers.answerHas(), answers.firstCitationGold(),
          answers.verbatimQuotes(), answers.citationsWithLink(), answers.unanswerableNotFound());
    }
    out.flush();
    return 0;
  }

  private static Metrics eval(String name, NewsLibrary library, RetrievalSettings s,
      List<QaItem> items) throws Exception {
    return RetrievalEval.run(name, new HybridRetriever(library.index(), s), items);
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
