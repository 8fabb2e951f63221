package newsbot.bot.render;

import newsbot.bot.chat.Reply;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.digest.Digest;

/** Replies as plain text with bare URLs, for channels without markup. */
public final class TextRenderer {

  private final String paper;

  public TextRenderer(String paper) {
    this.paper = paper;
  }

  public String render(Reply reply) {
    if (reply instanceof Reply.AnswerReply a) {
      return answer(a.answer());
    }
    if (reply instanceof Reply.DigestReply d) {
      return (d.intro().isEmpty() ? "" : d.intro() + "\n\n") + digest(d.digest());
    }
    Reply.Text t = (Reply.Text) reply;
    return t.text();
  }

  private String answer(Answer a) {
    StringBuilder sb = new StringBuilder(a.answer());
    if (!a.citations().isEmpty()) {
      sb.append("\n\n来源:");
      for (Citation c : a.citations()) {
        sb.append('\n').append(c.label(paper)).append("\n").append(c.url());
        if (!c.url().equals(c.viewerUrl())) {
          sb.append("\n原文:").append(c.viewerUrl());
        }
      }
    }
    if (!a.related().isEmpty()) {
      sb.append("\n\n报纸里相关的报道:");
      for (Citation c : a.related()) {
        sb.append("\n• 《").append(c.title()).append("》 ").append(c.viewerUrl());
      }
    }
    return sb.toString();
  }

  private String digest(Digest d) {
    StringBuilder sb = new StringBuilder(paper).append(' ')
        .append(d.date() == null ? "日期不详" : d.date().toString())
        .append(d.issueNo() == null ? "" : " 总第" + d.issueNo() + "期");
    for (Digest.PageDigest p : d.pages()) {
      sb.append("\n\n").append(p.page() == null ? "版次不详" : "第" + p.page() + "版");
      for (Digest.Item i : p.articles()) {
        sb.append("\n• ").append(i.kind().equals("news") || i.kind().equals("interview") ? ""
            : "[" + i.label() + "] ").append(i.title()).append("\n  ").append(i.summary())
            .append("\n  ").append(i.url());
      }
    }
    return sb.toString();
  }
}
