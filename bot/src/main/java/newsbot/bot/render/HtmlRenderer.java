package newsbot.bot.render;

import newsbot.bot.chat.Reply;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.digest.Digest;
import org.owasp.encoder.Encode;

/**
 * Replies as the small HTML that Telegram's HTML parse mode accepts (b, a href), one element per
 * line; the web chat shows the same markup. Everything from the paper is escaped.
 */
public final class HtmlRenderer {

  private final String paper;
  private final boolean viewerLinks;

  /**
   * @param viewerLinks whether links to the bot's own source viewer can open where this is read
   */
  public HtmlRenderer(String paper, boolean viewerLinks) {
    this.paper = paper;
    this.viewerLinks = viewerLinks;
  }

  public String render(Reply reply) {
    if (reply instanceof Reply.AnswerReply a) {
      return a.kind() == Reply.Kind.OVERVIEW ? overview(a.answer()) : answer(a.answer());
    }
    if (reply instanceof Reply.DigestReply d) {
      return (d.intro().isEmpty() ? "" : esc(d.intro()) + "\n\n") + digest(d.digest());
    }
    if (reply instanceof Reply.Text t) {
      return esc(t.text());
    }
    throw new IllegalArgumentException("no rendering for " + reply.getClass().getSimpleName());
  }

  private String answer(Answer a) {
    StringBuilder sb = new StringBuilder(esc(a.answer()));
    if (!a.citations().isEmpty()) {
      sb.append("\n\n来源:");
      for (Citation c : a.citations()) {
        sb.append('\n').append(source(c));
      }
    }
    if (!a.related().isEmpty()) {
      sb.append("\n\n报纸里相关的报道:");
      for (Citation c : a.related()) {
        sb.append("\n• ").append(link(Labels.openable(c, viewerLinks), "《" + c.title() + "》"));
      }
    }
    return sb.toString();
  }

  /** One entry an article: title (linked), date and page, and its sentence. */
  private String overview(Answer a) {
    StringBuilder sb = new StringBuilder(Labels.OVERVIEW_HEADING);
    for (Citation c : a.citations()) {
      sb.append("\n\n").append(esc(c.n() + ". "))
          .append(link(Labels.openable(c, viewerLinks), "《" + c.title() + "》"))
          .append(esc(" " + Labels.sourceTail(paper, c))).append('\n').append(esc(c.quote()));
    }
    return sb.toString();
  }

  private String source(Citation c) {
    StringBuilder sb = new StringBuilder(esc("[" + c.n() + "] "))
        .append(link(Labels.openable(c, viewerLinks), "《" + c.title() + "》"))
        .append(esc(" " + Labels.sourceTail(paper, c)));
    if (viewerLinks && !c.url().equals(c.viewerUrl())) {
      sb.append(" · ").append(link(c.viewerUrl(), "原文"));
    }
    return sb.toString();
  }

  private String digest(Digest d) {
    StringBuilder sb = new StringBuilder("<b>").append(esc(Labels.digestHeading(paper, d)))
        .append("</b>");
    for (Digest.PageDigest p : d.pages()) {
      sb.append("\n\n<b>").append(esc(Labels.page(p.page()))).append("</b>");
      for (Digest.Item i : p.articles()) {
        sb.append("\n• ").append(esc(Labels.kindTag(i.kind(), i.label())))
            .append(link(Labels.openable(i.url(), i.viewerUrl(), viewerLinks), i.title())).append('\n').append("  ")
            .append(esc(i.summary()));
      }
    }
    return sb.toString();
  }

  /** A link, or the bare text when there is no link that can open. */
  static String link(String url, String text) {
    return url == null ? esc(text)
        : "<a href=\"" + Encode.forHtmlAttribute(url) + "\">" + esc(text) + "</a>";
  }

  static String esc(String s) {
    return Encode.forHtmlContent(s);
  }
}
