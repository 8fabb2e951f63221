package newsbot.bot.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import newsbot.retrieval.IngestReport;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.parse.ParseReport;
import newsbot.retrieval.parse.Rejected;
import newsbot.retrieval.store.SyncStats;
import newsbot.solr.SolrUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest [--json]}: build or refresh the index from the seeds folder. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Build or refresh the index from the seeds folder.")
final class IngestCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  record Output(String model, List<String> added, List<String> changed, List<String> removed,
      List<Rejected> rejected, List<String> keptPrevious, ParseReport parse,
      SyncStats index, long millis) {}

  @Override
  public Integer call() throws Exception {
    try (NewsLibrary library = parent.wiring().library()) {
      IngestReport r;
      try {
        r = library.ingest();
      } catch (SolrUnavailableException e) {
        throw new UserError(e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      for (Rejected rej : r.rejected()) {
        err.println("newsbot: rejected " + rej.source() + ": " + rej.reason()
            + (r.keptPrevious().contains(rej.source()) ? " (previous version kept)" : ""));
      }
      String model = library.embedder().choice().configName();
      if (json) {
        out.println(Json.writePretty(new Output(model, r.added(), r.changed(), r.removed(),
            r.rejected(), r.keptPrevious(), r.parse(), r.index(), r.millis())));
      } else {
        out.printf("%s%nindex (%s): %d passages, %d added, %d updated, %d deleted,"
                + " %d embeddings computed, %d ms%n", r.parse().summary(), model,
            r.index().passages(), r.index().added(), r.index().updated(), r.index().deleted(),
            r.index().embedded(), r.millis());
      }
      out.flush();
      return 0;
    }
  }
}
