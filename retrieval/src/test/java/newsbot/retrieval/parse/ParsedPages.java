package newsbot.retrieval.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;

/** Test pages parsed with the default rules, and the look-ups the page tests share. */
record ParsedPages(Corpus corpus) {

  static ParsedPages of(Path folder) throws IOException {
    return new ParsedPages(new CorpusParser(FurnitureRules.defaults(), "平湖版").parseFolder(folder));
  }

  Page page(String source) {
    return corpus.pages().stream().filter(p -> p.source().equals(source)).findFirst()
        .orElseThrow(() -> new AssertionError("no page " + source));
  }

  List<String> titles(String source) {
    return page(source).articles().stream().map(Article::title).toList();
  }

  Article titled(String title) {
    return corpus.articles().stream().filter(a -> a.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no article titled " + title + " in "
            + corpus.articles().stream().map(Article::title).toList()));
  }
}
