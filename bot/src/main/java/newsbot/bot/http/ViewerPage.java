package newsbot.bot.http;

import newsbot.retrieval.Links;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import org.owasp.encoder.Encode;

/**
 * The source viewer: the whole page as parsed, every article in page order, the cited one
 * highlighted and anchored, with its metadata and official e-paper link, so a reader can check a
 * citation even when no date is known.
 */
final class ViewerPage {
  private ViewerPage() {}

  static String render(Page page, Article cited, Links links, String paper) {
    String date = newsbot.bot.render.Labels.date(page.date());
    String pageNo = newsbot.bot.render.Labels.page(page.page());
    String epaper = links.epaper(page.date(), page.page());
    StringBuilder sb = new StringBuilder();
    sb.append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(esc(cited.title())).append(" — ").append(esc(paper)).append("</title>")
        .append("<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:760px;")
        .append("margin:0 auto;padding:1rem;line-height:1.7;color:#222}header{border-bottom:2px solid #b22;")
        .append("margin-bottom:1rem}article{padding:.5rem 1rem;margin:1rem 0;border-left:4px solid #eee}")
        .append("article.cited{background:#fff8d6;border-left-color:#d4a500}h2{margin:.2rem 0;font-size:1.2rem}")
        .append(".kicker,.subtitle{color:#555;margin:0}.meta{color:#666;font-size:.9rem}</style></head><body>")
        .append("<header><h1>").append(esc(paper)).append("</h1><p class=\"meta\">")
        .append(esc(date)).append(page.issueNo() == null ? "" : " · 总第" + page.issueNo() + "期")
        .append(" · ").append(esc(pageNo)).append(" · 来源文件 ").append(esc(page.source()));
    if (epaper != null) {
      sb.append(" · <a href=\"").append(Encode.forHtmlAttribute(epaper)).append("\">电子报原版</a>");
    }
    sb.append("</p></header><main>");
    for (Article a : page.articles()) {
      boolean isCited = a.id().equals(cited.id());
      sb.append("<article id=\"").append(Encode.forHtmlAttribute(a.id())).append('"')
          .append(isCited ? " class=\"cited\" aria-current=\"true\"" : "").append('>');
      if (!a.kicker().isEmpty()) {
        sb.append("<p class=\"kicker\">").append(esc(a.kicker())).append("</p>");
      }
      sb.append("<h2>").append(esc(a.title())).append("</h2>");
      if (!a.subtitle().isEmpty()) {
        sb.append("<p class=\"subtitle\">").append(esc(a.subtitle())).append("</p>");
      }
      sb.append("<p class=\"meta\">").append(esc(a.kind().label()))
          .append(a.byline().isEmpty() ? "" : " · " + esc(a.byline()))
          .append(a.continuesToPage() == null ? "" : " · 下转第" + a.continuesToPage() + "版")
          .append("</p>");
      for (String p : a.paragraphs()) {
        sb.append("<p>").append(esc(p)).append("</p>");
      }
      sb.append("</article>");
    }
    sb.append("</main><script>document.getElementById(")
        .append('"').append(Encode.forJavaScript(cited.id())).append('"')
        .append(").scrollIntoView();</script></body></html>");
    return sb.toString();
  }

  static String notFound(String id) {
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>没有这篇文章</title>"
        + "</head><body><h1>没有这篇文章</h1><p>编号 " + esc(id)
        + " 不存在,可能该版面已被删除或重新载入。</p><p><a href=\"/\">回到读报助手</a></p></body></html>";
  }

  private static String esc(String s) {
    return Encode.forHtml(s);
  }
}
