package newsbot.bot.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsbot.bot.chat.Reply;
import newsbot.bot.Wiring;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.digest.Digest;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.model.Issue;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code digest [--json] [--date D | --latest | --issue N]}: an issue's articles at a glance. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "The articles of an issue, page by page, with one-sentence summaries.")
final class DigestCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @ArgGroup(exclusive = true)
  Which which = new Which();

  static final class Which {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The issue of this date.")
    LocalDate date;

    @Option(names = "--latest", description = "The newest dated issue (the default).")
    boolean latest;

    @Option(names = "--issue", paramLabel = "N", description = "The issue numbered 总第N期.")
    Integer issueNo;
  }

  @Override
  public Integer call() throws Exception {
    Wiring wiring = parent.wiring();
    try (NewsLibrary library = wiring.readOnlyLibrary()) {
      Issue issue = find(library, which).orElseThrow(() -> new UserError(notFound(library, which)));
      Digest digest = wiring.digester().digest(issue);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.writePretty(digest));
      } else {
        out.println(wiring.textRenderer(true)
            .render(new Reply.DigestReply("", digest)));
      }
      out.flush();
      return 0;
    }
  }

  static Optional<Issue> find(NewsLibrary library, Which which) throws java.io.IOException {
    if (which.date != null) {
      return library.issue(which.date);
    }
    if (which.issueNo != null) {
      return library.issueNumbered(which.issueNo);
    }
    return library.latestIssue();
  }

  private static String notFound(NewsLibrary library, Which which) {
    try {
      List<String> dates = library.issueDates().stream().map(LocalDate::toString).toList();
      String known = dates.isEmpty() ? "no page carries a date" : "dated issues: "
          + String.join(", ", dates);
      if (which.date != null) {
        return "no issue dated " + which.date + " (" + known + ")";
      }
      if (which.issueNo != null) {
        return "no issue numbered " + which.issueNo + " (" + known + ")";
      }
      return "no dated issue loaded (" + known + ")";
    } catch (java.io.IOException e) {
      return "cannot read the seeds: " + e.getMessage();
    }
  }
}
