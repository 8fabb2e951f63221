package newsbot.bot.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newsbot.retrieval.Links;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import newsbot.retrieval.model.Page;
import org.junit.jupiter.api.Test;

class ViewerPageTest {

  @Test
  void should_escape_markup_that_a_page_carries_in_titles_and_text() {
    Article a = new Article("p1-x", "p1.txt", "<script>alert('t')</script>", "<b>引题</b>", "",
        "记者 <i>王明</i>", ArticleKind.NEWS, List.of("正文<img src=x onerror=alert(1)>结束"),
        null, null);
    Page page = new Page("p1.txt", LocalDate.of(2025, 8, 4), 5723, "平湖版", 1, List.of(a));
    String html = ViewerPage.render(page, a, new Links("http://bot.test", null), "嘉兴日报·平湖版");
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertTrue(html.contains("2025年8月4日"), "dates read as in every reply");
    assertFalse(ViewerPage.notFound("<svg onload=alert(1)>").contains("<svg"));
  }
}
