package newsbot.retrieval.model;

import java.util.List;
import java.util.Objects;

/**
 * One article as a reader sees it: its headline stack, byline, kind and clean body paragraphs.
 *
 * @param id stable identifier, derived from the source file name and the headline stack
 * @param source file name of the page the article starts on
 * @param title the main headline line
 * @param kicker the line(s) above the main title (引题), or empty
 * @param subtitle the line(s) below the main title (副题), or empty
 * @param byline reporters, photographers, pen names; empty when the page names nobody
 * @param kind news, commentary, interview, photo or brief
 * @param paragraphs body paragraphs, furniture and repeats removed, broken paragraphs joined
 * @param continuesToPage the page named by a (下转N版) marker, or null
 * @param continuedFromPage the page named by a (上接N版) marker when this part was not stitched, or null
 */
public record Article(
    String id,
    String source,
    String title,
    String kicker,
    String subtitle,
    String byline,
    ArticleKind kind,
    List<String> paragraphs,
    Integer continuesToPage,
    Integer continuedFromPage) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    kicker = kicker == null ? "" : kicker;
    subtitle = subtitle == null ? "" : subtitle;
    byline = byline == null ? "" : byline;
    Objects.requireNonNull(kind, "kind");
    paragraphs = List.copyOf(paragraphs);
  }

  /** The body as one string, paragraphs separated by a newline. */
  public String text() {
    return String.join("\n", paragraphs);
  }

  /** Kicker, title and subtitle, in reading order, separated by spaces. */
  public String titleStack() {
    StringBuilder sb = new StringBuilder();
    for (String part : List.of(kicker, title, subtitle)) {
      if (!part.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(part);
      }
    }
    return sb.toString();
  }

  /**
   * A copy with the paragraphs of its continuation appended. {@code continuesToPage} keeps saying
   * where the printed article went on, so a citation can name both pages.
   */
  public Article withContinuation(List<String> more) {
    List<String> all = new java.util.ArrayList<>(paragraphs);
    all.addAll(more);
    return new Article(id, source, title, kicker, subtitle, byline, kind, all, continuesToPage,
        continuedFromPage);
  }
}
