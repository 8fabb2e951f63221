package newsbot.bot.render;

import newsbot.bot.chat.Reply;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.digest.Digest;

/** Replies as plain text with bare URLs, for channels without markup. */
public final class TextRenderer {

  private final String paper;
  private final boolean viewerLinks;

  /**
   * @param viewerLinks whether links to the bot's own source viewer can open where this is read
   */
  public TextRenderer(String paper, boolean viewerLinks) {
    this.paper = paper;
    this.viewerLinks = viewerLinks;
  }

  public String render(Reply reply) {
    if (reply instanceof Reply.AnswerReply a) {
      return a.kind() == Reply.Kind.OVERVIEW ? overview(a.answer()) : answer(a.answer());
    }
    if (reply instanceof Reply.DigestReply d) {
      return (d.intro().isEmpty() ? "" : d.intro() + "\n\n") + digest(d.digest());
    }
    if (reply instanceof Reply.Text t) {
      return t.text();
    }
    throw new IllegalArgumentException("no rendering for " + reply.getClass().getSimpleName());
  }

  private String answer(Answer a) {
    StringBuilder sb = new StringBuilder(a.answer());
    if (!a.citations().isEmpty()) {
      sb.append("\n\n来源:");
      for (Citation c : a.citations()) {
        sb.append("\n[").append(c.n()).append("] 《").append(c.title()).append("》 ")
            .append(Labels.sourceTail(paper, c));
        line(sb, Labels.openable(c, viewerLinks));
        if (viewerLinks && !c.url().equals(c.viewerUrl())) {
          sb.append("\n原文:").append(c.viewerUrl());
        }
      }
    }
    if (!a.related().isEmpty()) {
      sb.append("\n\n报纸里相关的报道:");
      for (Citation c : a.related()) {
        sb.append("\n• 《").append(c.title()).append("》");
        String url = Labels.openable(c, viewerLinks);
        if (url != null) {
          sb.append(' ').append(url);
        }
      }
    }
    return sb.toString();
  }

  /** One entry an article: title, date and page, its sentence, and a link that opens. */
  private String overview(Answer a) {
    StringBuilder sb = new StringBuilder(Labels.OVERVIEW_HEADING);
    for (Citation c : a.citations()) {
      sb.append("\n\n").append(c.n()).append(". 《").append(c.title())
          .append("》 ").append(Labels.sourceTail(paper, c)).append('\n').append(c.quote());
      line(sb, Labels.openable(c, viewerLinks));
    }
    return sb.toString();
  }

  private String digest(Digest d) {
    StringBuilder sb = new StringBuilder(Labels.digestHeading(paper, d));
    for (Digest.PageDigest p : d.pages()) {
      sb.append("\n\n").append(Labels.page(p.page()));
      for (Digest.Item i : p.articles()) {
        sb.append("\n• ").append(Labels.kindTag(i.kind(), i.label())).append(i.title())
            .append("\n  ").append(i.summary());
        String url = Labels.openable(i.url(), i.viewerUrl(), viewerLinks);
        if (url != null) {
          sb.append("\n  ").append(url);
        }
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String url) {
    if (url != null) {
      sb.append('\n').append(url);
    }
  }
}
