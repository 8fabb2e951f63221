package newsbot.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsbot.bot.config.BotConfig;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.Manifest;
import newsbot.retrieval.parse.ParseReport;
import newsbot.retrieval.parse.Rejected;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code articles [--json] [FILE...]}: parse only, and show what was found. */
@Command(name = "articles", mixinStandardHelpOptions = true,
    description = "Parse pages into articles (default: every page in the seeds folder).")
final class ArticlesCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON (the contract in DESIGN.md).")
  boolean json;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Page files to parse.")
  List<Path> files = new ArrayList<>();

  /** JSON views: field names become snake_case keys. */
  record ArticleView(String articleId, String title, String kicker, String subtitle, String byline,
      String kind, String text, Integer continuesToPage, Integer continuedFromPage,
      List<String> paragraphs) {}

  record PageView(String source, LocalDate date, Integer issueNo, String edition, Integer page,
      List<ArticleView> articles) {}

  record Output(List<PageView> pages, ParseReport report) {}

  @Override
  public Integer call() throws IOException {
    BotConfig settings = parent.wiring().config();
    CorpusParser parser = parent.wiring().parser();
    Corpus corpus;
    if (files.isEmpty()) {
      if (!Files.isDirectory(settings.seeds())) {
        throw new UserError("seeds folder not found: " + settings.seeds());
      }
      corpus = parser.parseFolder(settings.seeds());
    } else {
      corpus = parser.parse(files, manifestBeside(files));
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Rejected r : corpus.report().rejected()) {
      err.println("newsbot: rejected " + r.source() + ": " + r.reason());
    }
    if (json) {
      out.println(Json.writePretty(new Output(
          corpus.pages().stream().map(ArticlesCommand::view).toList(), corpus.report())));
    } else {
      printText(out, corpus);
    }
    out.flush();
    return corpus.pages().isEmpty() ? 1 : 0;
  }

  private static Manifest manifestBeside(List<Path> files) throws IOException {
    Path folder = files.get(0).toAbsolutePath().getParent();
    return folder == null ? Manifest.empty() : Manifest.load(folder);
  }

  static PageView view(Page p) {
    return new PageView(p.source(), p.date(), p.issueNo(), p.edition(), p.page(),
        p.articles().stream().map(ArticlesCommand::view).toList());
  }

  static ArticleView view(Article a) {
    return new ArticleView(a.id(), a.title(), a.kicker(), a.subtitle(), a.byline(),
        a.kind().jsonName(), a.text(), a.continuesToPage(), a.continuedFromPage(), a.paragraphs());
  }

  private static void printText(PrintWriter out, Corpus corpus) {
    for (Page p : corpus.pages()) {
      out.printf("%s  %s  %s  %s%n", p.source(),
          p.date() == null ? "日期不详" : p.date(),
          p.issueNo() == null ? "" : "总第" + p.issueNo() + "期",
          p.page() == null ? "版次不详" : "第" + p.page() + "版");
      for (Article a : p.articles()) {
        out.printf("  [%s] %s%s%n", a.kind().label(), a.title(),
            a.byline().isEmpty() ? "" : "  ■" + a.byline());
        if (!a.kicker().isEmpty()) {
          out.printf("         引题: %s%n", a.kicker());
        }
        if (!a.subtitle().isEmpty()) {
          out.printf("         副题: %s%n", a.subtitle());
        }
      }
    }
    out.println(corpus.report().summary());
  }
}
