package newsbot.retrieval.model;

import java.util.Locale;

/** What sort of piece an article is; drives how digests and answers present it. */
public enum ArticleKind {
  NEWS("新闻"),
  COMMENTARY("评论"),
  INTERVIEW("访谈"),
  PHOTO("图片新闻"),
  BRIEF("简讯"),
  /** An official notice or announcement: 通告, 公告, 通知, 启事, signed by who issues it. */
  NOTICE("公告");

  private final String label;

  ArticleKind(String label) {
    this.label = label;
  }

  /** The Chinese label a reader sees. */
  public String label() {
    return label;
  }

  /** The lower-case name used in the JSON contract (news, commentary, interview, photo,
   * brief, notice). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
