package newsbot.retrieval.parse;

import java.util.regex.Pattern;
import newsbot.retrieval.model.ArticleKind;

/**
 * Tells news from commentary, interviews, photo news, briefs and notices by how the page presents
 * them.
 */
final class ArticleKinds {

  private static final Pattern ROLE =
      Pattern.compile("记者|通讯员|实习生|摄影|摄像|制图|编辑|报道组");
  private static final Pattern COMMENTARY_SERIES = Pattern.compile("^——[一二三四五六七八九十]+论");
  private static final Pattern INTERVIEW = Pattern.compile("^——(专)?访|访谈");
  /** Shorter than this, with no byline and no photo, a piece is a brief (简讯). */
  static final int BRIEF_MAX_CHARS = 200;

  private ArticleKinds() {}

  static ArticleKind classify(boolean notice, boolean photo, String kicker, String subtitle,
      String byline, int bodyChars) {
    if (notice) {
      return ArticleKind.NOTICE; // anchored on a notice's headline: no byline, no 本报讯
    }
    if (photo) {
      return ArticleKind.PHOTO;
    }
    if (INTERVIEW.matcher(subtitle).find() || INTERVIEW.matcher(kicker).find()) {
      return ArticleKind.INTERVIEW;
    }
    if (byline.contains("评论员") || COMMENTARY_SERIES.matcher(subtitle).find()
        || (!byline.isEmpty() && !ROLE.matcher(byline).find())) {
      return ArticleKind.COMMENTARY; // 本报评论员, a series (——一论…), or a pen name (■言成声)
    }
    if (byline.isEmpty() && bodyChars < BRIEF_MAX_CHARS) {
      return ArticleKind.BRIEF;
    }
    return ArticleKind.NEWS;
  }
}
