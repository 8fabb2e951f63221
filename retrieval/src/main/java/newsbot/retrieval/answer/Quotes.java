package newsbot.retrieval.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.Links;
import newsbot.retrieval.answer.SentencePicker.Scored;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.Corpus;

/**
 * Chosen sentences as an answer: verbatim spans, each ending in the [n] of its article, articles
 * numbered in the retriever's order, and a citation per article from the corpus. Stateless.
 */
final class Quotes {

  /** A best sentence shorter than this takes the next sentence along for context. */
  private static final int SHORT_SENTENCE = 70;

  private Quotes() {}

  static Answer compose(String question, Corpus corpus, Links links, List<Scored> chosen,
      double coverage, double similarity) {
    // article order: the order of the retriever's ranking among the chosen
    List<Scored> ordered = new ArrayList<>(chosen);
    ordered.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::position));
    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, Article> cited = new LinkedHashMap<>();
    for (Scored s : ordered) {
      numbers.putIfAbsent(s.article().id(), numbers.size() + 1);
      cited.putIfAbsent(s.article().id(), s.article());
    }
    List<String> lines = new ArrayList<>();
    Map<String, String> firstQuote = new LinkedHashMap<>();
    for (Span span : spans(ordered)) {
      lines.add(span.text() + "[" + numbers.get(span.article().id()) + "]");
      firstQuote.putIfAbsent(span.article().id(), span.text());
    }
    List<Citation> citations = new ArrayList<>();
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      citations.add(citation(corpus, links, e.getValue(), cited.get(e.getKey()),
          firstQuote.get(e.getKey())));
    }
    return new Answer(question, true, String.join("\n", lines), citations, List.of(),
        "extractive", coverage, similarity);
  }

  /**
   * Chosen sentences as verbatim spans: neighbours in one paragraph merge into the paragraph's
   * substring that holds them; a lone short sentence takes its successor along, since the fact is
   * often in the next clause.
   */
  private static List<Span> spans(List<Scored> chosen) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < chosen.size()) {
      int j = i;
      while (j + 1 < chosen.size() && chosen.get(j + 1).article() == chosen.get(i).article()
          && chosen.get(j + 1).paragraph() == chosen.get(j).paragraph()
          && chosen.get(j + 1).sentence() == chosen.get(j).sentence() + 1) {
        j++;
      }
      Scored first = chosen.get(i);
      int last = chosen.get(j).sentence();
      if (chosen.size() == 1 && first.text().length() < SHORT_SENTENCE
          && last + 1 < first.sentences().size()) {
        last++;
      }
      out.add(new Span(first.article(), substring(first, last)));
      i = j + 1;
    }
    return out;
  }

  /** The paragraph's text from the sentence of {@code first} to the end of sentence {@code last}. */
  private static String substring(Scored first, int last) {
    String paragraph = first.article().paragraphs().get(first.paragraph());
    int start = paragraph.indexOf(first.text());
    String lastText = first.sentences().get(last);
    int end = paragraph.indexOf(lastText, Math.max(0, start)) + lastText.length();
    return start >= 0 && end > start ? paragraph.substring(start, end) : first.text();
  }

  static Citation citation(Corpus corpus, Links links, int n, Article article, String quote) {
    Page page = corpus.pageOf(article).orElseThrow(
        () -> new IllegalStateException("article without a page: " + article.id()));
    return Citation.of(n, article, page, links, quote);
  }

  private record Span(Article article, String text) {}
}
