package newsbot.bot.render;

import newsbot.retrieval.digest.Digest;

/** Digests as WeCom markdown: bold headings, links as [title](url). */
public final class MarkdownRenderer {

  private final String paper;
  private final boolean viewerLinks;

  /**
   * @param viewerLinks whether links to the bot's own source viewer can open where this is read
   */
  public MarkdownRenderer(String paper, boolean viewerLinks) {
    this.paper = paper;
    this.viewerLinks = viewerLinks;
  }

  public String digest(Digest d) {
    StringBuilder sb = new StringBuilder("**").append(clean(Labels.digestHeading(paper, d)))
        .append("**");
    for (Digest.PageDigest p : d.pages()) {
      sb.append("\n\n**").append(Labels.page(p.page())).append("**");
      for (Digest.Item i : p.articles()) {
        sb.append("\n- ").append(Labels.kindTag(i.kind(), i.label()));
        String url = Labels.openable(i.url(), i.viewerUrl(), viewerLinks);
        if (url != null) {
          sb.append('[').append(clean(i.title())).append("](").append(url).append(')');
        } else {
          sb.append(clean(i.title())); // no link that cannot open
        }
        sb.append("\n  ").append(clean(i.summary()));
      }
    }
    return sb.toString();
  }

  /** Markdown link and emphasis characters in paper text would break the markup. */
  private static String clean(String s) {
    return s.replace("[", "【").replace("]", "】").replace("*", "＊").replace("`", "'");
  }
}
