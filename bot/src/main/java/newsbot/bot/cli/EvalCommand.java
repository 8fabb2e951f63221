package newsbot.bot.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsbot.bot.Wiring;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.answer.GateEval;
import newsbot.retrieval.eval.AnswerEval;
import newsbot.retrieval.eval.EasyRagBaseline;
import newsbot.retrieval.eval.EvalRuns;
import newsbot.retrieval.eval.Metrics;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.retrieval.search.RetrievalSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code eval [--json] [--qa FILE] [--details]}: retrieval metrics of this system and, in the
 * same run, its baselines ({@link EvalRuns}: the runs RetrievalRegressionTest checks, by name),
 * langchain4j's Easy RAG defaults beside it; then the answer metrics ({@link AnswerEval}).
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

  /** One run of {@link EvalRuns}: its name in eval/expected-metrics.json and what it runs. */
  record Run(String name, String label, @JsonProperty("hit_at_1") double hitAt1,
      @JsonProperty("hit_at_3") double hitAt3, @JsonProperty("hit_at_5") double hitAt5,
      @JsonProperty("mrr_at_10") double mrrAt10) {}

  /**
   * @param gate the found / not-found verdicts: precision and recall of each (see README,
   *     "Answers")
   */
  record Output(String qaFile, int questions, List<Run> runs, AnswerEval.Result answers,
      Gate gate) {}

  record Gate(int answerable, int unanswerable, double foundPrecision, double foundRecall,
      double reachableRecall, double notFoundPrecision, double notFoundRecall,
      List<String> wronglyFound, List<String> missed) {
    static Gate of(GateEval.Result r) {
      return new Gate(r.answerable(), r.unanswerable(), round(r.foundPrecision()),
          round(r.foundRecall()), round(r.reachableRecall()), round(r.notFoundPrecision()),
          round(r.notFoundRecall()), r.wronglyFound(), r.missed());
    }
  }

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(qa)) {
      throw new UserError("QA file not found: " + qa);
    }
    List<QaItem> items = QaSet.load(qa);
    Wiring wiring = parent.wiring();
    RetrievalSettings system = wiring.config().retrieval();
    EmbeddingModelChoice model = wiring.config().model();
    List<Metrics> metrics;
    AnswerEval.Result answers;
    GateEval.Result gate;
    try (NewsLibrary bge = wiring.library(EmbeddingModelChoice.BGE_SMALL_ZH_V15,
            system);
        NewsLibrary minilm = wiring.library(EmbeddingModelChoice.ALL_MINILM_L6_V2,
            system)) {
      Map<EmbeddingModelChoice, NewsLibrary> libraries = Map.of(
          EmbeddingModelChoice.BGE_SMALL_ZH_V15, bge,
          EmbeddingModelChoice.ALL_MINILM_L6_V2, minilm);
      for (NewsLibrary library : libraries.values()) {
        library.ensureFresh();
      }
      NewsLibrary main = libraries.get(model);
      if (details) {
        printRanks(main, items);
      }
      EasyRagBaseline peer = EasyRagBaseline.open(main.corpus(),
          wiring.dataFolder().resolve("easy-rag"));
      metrics = EvalRuns.measure(libraries::get, model, system, peer, items);
      ExtractiveAnswerer extractive = wiring.extractive(main);
      answers = AnswerEval.run(extractive, main.corpus(),
          items);
      gate = GateEval.run(qa.getFileName().toString(), extractive, main.retriever(),
          items);
    }
    List<Run> runs = metrics.stream().map(m -> new Run(m.name(), m.label(), m.hitAt1(),
        m.hitAt3(), m.hitAt5(), round(m.mrrAt10()))).toList();
    int questions = metrics.isEmpty() ? 0 : metrics.get(0).questions();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.writePretty(new Output(qa.toString(), questions, runs, answers,
          Gate.of(gate))));
    } else {
      printHuman(out, questions, runs, answers);
      out.println();
      out.println("gate (found / not found): " + gate.summary());
    }
    out.flush();
    return 0;
  }

  private void printRanks(NewsLibrary main, List<QaItem> items) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    for (QaItem item : items) {
      if (item.answerable()) {
        err.printf("%s rank %d  %s%n", item.id(),
            RetrievalEval.firstRightRank(main.retriever(), item), item.question());
      }
    }
  }

  private void printHuman(PrintWriter out, int questions, List<Run> runs,
      AnswerEval.Result answers) {
    if (answers.answerable() == 0) {
      // a file of readers' questions no editor has given gold yet (report --export-qa)
      out.printf("%s: no answerable questions (gold is empty): only whether each stays"
          + " unanswered is scored%n  unanswerable → not found      %.3f (%d questions)%n", qa,
          answers.unanswerableNotFound(), answers.unanswerable());
      answers.misses().forEach(m -> out.printf("  missed %s %s: %s%n", m.questionId(), m.check(),
          m.detail()));
      return;
    }
    out.printf("%s: %d answerable questions%n%-32s %7s %7s %7s %7s  %s%n", qa, questions, "run",
        "hit@1", "hit@3", "hit@5", "MRR@10", "what it runs");
    for (Run r : runs) {
      out.printf("%-32s %7.3f %7.3f %7.3f %7.3f  %s%n", r.name(), r.hitAt1(), r.hitAt3(),
          r.hitAt5(), r.mrrAt10(), r.label());
    }
    out.printf("%nanswers (extractive): %d answerable, %d unanswerable%n"
            + "  reply holds the expected fact  %.3f%n  first citation is gold        %.3f%n"
            + "  quotes verbatim               %.3f%n  citations with a link         %.3f%n"
            + "  unanswerable → not found      %.3f%n", answers.answerable(),
        answers.unanswerable(), answers.answerHas(), answers.firstCitationGold(),
        answers.verbatimQuotes(), answers.citationsWithLink(), answers.unanswerableNotFound());
    for (AnswerEval.Miss m : answers.misses()) {
      out.printf("  missed %s %s: %s%n", m.questionId(), m.check(), m.detail());
    }
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
