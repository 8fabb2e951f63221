package newsbot.bot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import newsbot.bot.Wiring;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.store.IndexedPassage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code search [--json] [-k N] QUERY}: the articles that match, best first. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search the index (built or refreshed first when missing or stale).")
final class SearchCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON (JSON Lines when QUERY is -).")
  boolean json;

  @Option(names = "-k", paramLabel = "N", description = "How many articles (default 5).")
  int k = 5;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest page date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest page date.")
  LocalDate to;

  @Option(names = "--kind", description = "Only news, commentary, interview, photo or brief.")
  String kind;

  @Parameters(paramLabel = "QUERY", description = "The query, or - to read one query a line from stdin.")
  String query;

  record Result(int rank, String articleId, String title, String kicker, String subtitle,
      String source, LocalDate date, Integer page, double score, String passage, String url,
      String viewerUrl, String kind) {}

  record Output(String query, List<Result> results) {}

  @Override
  public Integer call() throws Exception {
    if (k < 1 || k > 100) {
      throw new UserError("-k must be between 1 and 100, not " + k);
    }
    Wiring wiring = parent.wiring();
    Links links = wiring.config().links();
    PrintWriter out = spec.commandLine().getOut();
    try (NewsLibrary library = wiring.queryLibrary()) {
      library.ensureFresh();
      if ("-".equals(query)) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          out.println(Json.write(search(library, links, line.strip())));
        }
      } else {
        Output o = search(library, links, query.strip());
        if (json) {
          out.println(Json.writePretty(o));
        } else {
          for (Result r : o.results()) {
            out.printf("%d. 《%s》 %s %s  (%.3f)%n   %s%n   %s%n", r.rank(), r.title(),
                r.date() == null ? "日期不详" : r.date(),
                r.page() == null ? "" : "第" + r.page() + "版", r.score(), r.passage(), r.url());
          }
          if (o.results().isEmpty()) {
            out.println("没有找到相关文章。");
          }
        }
      }
      out.flush();
      return 0;
    }
  }

  private Output search(NewsLibrary library, Links links, String q) throws Exception {
    if (q.isEmpty()) {
      return new Output(q, List.of());
    }
    List<Hit> hits = library.retriever().search(new SearchRequest(q, k, from, to, kind));
    return new Output(q, hits.stream().map(h -> {
      IndexedPassage p = h.passage();
      return new Result(h.rank(), p.articleId(), p.title(), p.kicker(), p.subtitle(), p.source(),
          p.date(), p.page(), Math.round(h.score() * 10000) / 10000.0, p.passage(),
          links.best(p.articleId(), p.date(), p.page()), links.viewer(p.articleId()), p.kind());
    }).toList());
  }
}
