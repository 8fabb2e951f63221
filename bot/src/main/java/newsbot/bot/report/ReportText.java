package newsbot.bot.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import newsbot.bot.render.Labels;

/** The newsroom report as an editor reads it in a chat or a terminal: plain text, Chinese. */
public final class ReportText {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("M月d日 HH:mm",
      Locale.CHINA);
  private static final int MAX_REPLY_CHARS = 80;

  private ReportText() {}

  public static String render(NewsroomReport r, String paper) {
    StringBuilder sb = new StringBuilder();
    sb.append(paper).append(" 读者提问报告(最近 ").append(r.days()).append(" 天,")
        .append(DAY.format(r.from().atZone(ZONE))).append("—")
        .append(DAY.format(r.to().atZone(ZONE)))
        .append(")\n");
    if (r.questions() == 0) {
      return sb.append("这段时间没有读者提问。").toString();
    }
    sb.append("提问 ").append(r.questions()).append(" 条;其中问报纸内容的 ").append(r.sought())
        .append(" 条,答上 ").append(r.sought() - r.notFound()).append(" 条(回答率 ")
        .append(percent(r.answerRate())).append("),没找到 ").append(r.notFound()).append(" 条。\n");
    int votes = r.helpful() + r.unhelpful();
    sb.append("评价 ").append(votes).append(" 次:👍 ").append(r.helpful()).append(",👎 ")
        .append(r.unhelpful()).append(votes == 0 ? "" : "(好评率 " + percent(r.helpfulRate()) + ")")
        .append("。\n");
    groups(sb, "\n报纸没能回答的问题(同一问题的不同问法已合并):", r.unanswered());
    groups(sb, "\n问得最多的话题:", r.topics());
    if (!r.mostCited().isEmpty()) {
      sb.append("\n引用最多的文章:");
      for (NewsroomReport.Cited c : r.mostCited()) {
        sb.append("\n· ").append(c.title() == null ? c.articleId() + "(已不在报纸库中)"
                : "《" + c.title() + "》")
            .append(c.date() == null ? "" : " " + Labels.date(c.date()))
            .append(c.page() == null ? "" : " 第" + c.page() + "版")
            .append(" — ").append(c.count()).append(" 次");
      }
      sb.append('\n');
    }
    if (!r.downvoted().isEmpty()) {
      sb.append("\n读者点了 👎 的回答:");
      for (NewsroomReport.Downvoted d : r.downvoted()) {
        sb.append("\n· ").append(MINUTE.format(d.at().atZone(ZONE))).append(" 「")
            .append(d.question())
            .append("」\n  回答(").append(kind(d.kind())).append("):").append(shorten(d.reply()));
      }
      sb.append('\n');
    }
    return sb.toString().strip();
  }

  private static void groups(StringBuilder sb, String heading, List<QuestionGroups.Group> groups) {
    if (groups.isEmpty()) {
      return;
    }
    sb.append(heading);
    for (QuestionGroups.Group g : groups) {
      sb.append("\n· 「").append(g.label()).append("」 ×").append(g.count());
      if (g.phrasings().size() > 1) {
        sb.append("(").append(g.phrasings().size()).append(" 种问法,如「")
            .append(g.phrasings().get(1)).append("」)");
      }
    }
    sb.append('\n');
  }

  private static String kind(String kind) {
    return switch (kind) {
      case "answer" -> "回答";
      case "summary" -> "摘要";
      case "overview" -> "相关文章";
      case "not_found" -> "没找到";
      case "edition" -> "版面";
      default -> kind;
    };
  }

  private static String shorten(String reply) {
    String one = reply.replaceAll("\\s+", " ").strip();
    return one.length() <= MAX_REPLY_CHARS ? one : one.substring(0, MAX_REPLY_CHARS) + "…";
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }
}
