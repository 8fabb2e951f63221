package newsbot.retrieval.store;

import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.text.Sentences;

/**
 * Cuts articles into passages of whole sentences, up to {@value #TARGET_CHARS} characters, never
 * across a paragraph: short enough that the best passage is about one fact, long enough to carry
 * its context. A sentence longer than the target is a passage of its own.
 */
public final class Passages {

  public static final int TARGET_CHARS = 200;

  private Passages() {}

  public static List<Passage> of(Article article) {
    List<Passage> out = new ArrayList<>();
    for (String paragraph : article.paragraphs()) {
      StringBuilder current = new StringBuilder();
      for (String sentence : Sentences.split(paragraph)) {
        if (current.length() > 0 && current.length() + sentence.length() > TARGET_CHARS) {
          add(out, article, current.toString());
          current.setLength(0);
        }
        current.append(sentence);
      }
      if (current.length() > 0) {
        add(out, article, current.toString());
      }
    }
    return out;
  }

  private static void add(List<Passage> out, Article article, String text) {
    int ordinal = out.size();
    out.add(new Passage(article.id() + "#" + ordinal, article.id(), ordinal, text));
  }
}
