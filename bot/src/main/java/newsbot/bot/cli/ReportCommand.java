package newsbot.bot.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import newsbot.bot.Wiring;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.report.NewsroomReport;
import newsbot.bot.report.QaExport;
import newsbot.bot.report.ReportText;
import newsbot.retrieval.NewsLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code report [--json] [--days N] [--export-qa FILE]}: the newsroom report from the question log
 * of the data folder, or the failed questions as a QA file for {@code eval --qa}.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "What readers asked: unanswered questions, topics, cited articles, verdicts.")
final class ReportCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--days", paramLabel = "N", defaultValue = "7",
      description = "The last N days (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--export-qa", paramLabel = "FILE",
      description = "Write the not-found and 👎 questions of those days as a QA file (gold empty).")
  Path exportQa;

  @Override
  public Integer call() throws Exception {
    if (days < 1 || days > 3650) {
      throw new UserError("--days must be 1 to 3650, not " + days);
    }
    Wiring wiring = parent.wiring();
    try (QuestionLog log = wiring.questionLog()) {
      if (log == null) {
        throw new UserError("the question log is off (log.enabled: false): nothing to report");
      }
      PrintWriter out = spec.commandLine().getOut();
      if (exportQa != null) {
        int n = QaExport.write(log.since(Instant.now().minus(Duration.ofDays(days))), exportQa);
        out.println(json ? Json.write(java.util.Map.of("file", exportQa.toString(), "questions", n))
            : "wrote " + n + " questions to " + exportQa + " (fill gold, then: eval --qa "
                + exportQa + ")");
        out.flush();
        return 0;
      }
      try (NewsLibrary library = wiring.readOnlyLibrary()) {
        NewsroomReport report = wiring.reports(log, library).build(days);
        out.println(json ? Json.writePretty(report) : ReportText.render(report, wiring.paper()));
      }
      out.flush();
      return 0;
    }
  }
}
