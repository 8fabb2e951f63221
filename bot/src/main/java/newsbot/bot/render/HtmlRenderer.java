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

  public HtmlRenderer(String paper) {
    this.paper = paper;
  }

  public String render(Reply reply) {
    if (reply instanceof Reply.AnswerReply a) {
      return answer(a.answer());
    }
    if (reply instanceof Reply.DigestReply d) {
      return (d.intro().isEmpty() ? "" : esc(d.intro()) + "\n\n") + digest(d.digest());
    }
    Reply.Text t = (Reply.Text) reply;
    return esc(t.text());
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
        sb.append("\n• ").append(link(c.viewerUrl(), "《" + c.title() + "》"));
      }
    }
    return sb.toString();
  }

  private String source(Citation c) {
    String label = c.label(paper); // [1] 《title》 paper date page
    int titleEnd = label.indexOf('》') + 1;
    int titleStart = label.indexOf('《');
    StringBuilder sb = new StringBuilder(esc(label.substring(0, titleStart)))
        .append(link(c.url(), label.substring(titleStart, titleEnd)))
        .append(esc(label.substring(titleEnd)));
    if (!c.url().equals(c.viewerUrl())) {
      sb.append(" · ").append(link(c.viewerUrl(), "原文"));
    }
    return sb.toString();
  }

  private String digest(Digest d) {
    StringBuilder sb = new StringBuilder("<b>").append(esc(paper + " "
        + (d.date() == null ? "日期不详" : d.date().toString())
        + (d.issueNo() == null ? "" : " 总第" + d.issueNo() + "期"))).append("</b>");
    for (Digest.PageDigest p : d.pages()) {
      sb.append("\n\n<b>").append(p.page() == null ? "版次不详" : "第" + p.page() + "版").append("</b>");
      for (Digest.Item i : p.articles()) {
        sb.append("\n• ").append(i.kind().equals("news") || i.kind().equals("interview") ? ""
                : esc("[" + i.label() + "] "))
            .append(link(i.url(), i.title())).append('\n').append("  ").append(esc(i.summary()));
      }
    }
    return sb.toString();
  }

  static String link(String url, String text) {
    return "<a href=\"" + Encode.forHtmlAttribute(url) + "\">" + esc(text) + "</a>";
  }

  static String esc(String s) {
    return Encode.forHtmlContent(s);
  }
}
