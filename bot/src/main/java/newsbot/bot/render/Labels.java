package newsbot.bot.render;

import java.time.LocalDate;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.digest.Digest;

/**
 * How dates, pages, kinds and sources read, for every channel: written once here so a citation,
 * a digest and the viewer never disagree. Stateless.
 */
public final class Labels {

  /** The line above an overview's list. */
  public static final String OVERVIEW_HEADING = "报纸上的相关报道(新的在前):";

  private Labels() {}

  /** 2025年8月4日, or 日期不详. */
  public static String date(LocalDate date) {
    return date == null ? "日期不详"
        : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** 第1版, or 版次不详. */
  public static String page(Integer page) {
    return page == null ? "版次不详" : "第" + page + "版";
  }

  /** 2025年8月4日 总第5723期. */
  public static String issue(LocalDate date, Integer issueNo) {
    return date(date) + (issueNo == null ? "" : " 总第" + issueNo + "期");
  }

  /**
   * The tag shown before a title, "[评论] ", or nothing: news and interviews are what a reader
   * expects, the other kinds (commentary, photo, brief, notice) are marked.
   */
  public static String kindTag(String kind, String label) {
    return "news".equals(kind) || "interview".equals(kind) ? "" : "[" + label + "] ";
  }

  /** The digest's heading: 嘉兴日报·平湖版 2025年8月4日 总第5723期. */
  public static String digestHeading(String paper, Digest d) {
    return paper + " " + issue(d.date(), d.issueNo());
  }

  /** What follows a citation's title: 嘉兴日报·平湖版 2025年8月4日 第1版 (page only when known). */
  public static String sourceTail(String paper, Citation c) {
    return paper + " " + date(c.date()) + (c.page() == null ? "" : " " + page(c.page()));
  }

  /**
   * The link a reader can open: the e-paper page when known; else the viewer, but only where
   * viewer links work (a public base URL is set, or the reader is on the web chat); else none.
   */
  public static String openable(Citation c, boolean viewerLinks) {
    return openable(c.url(), c.viewerUrl(), viewerLinks);
  }

  /** The same for a link and its viewer link: the link when it is not the viewer, else maybe. */
  public static String openable(String url, String viewerUrl, boolean viewerLinks) {
    return !url.equals(viewerUrl) || viewerLinks ? url : null;
  }
}
