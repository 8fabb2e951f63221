package newsbot.bot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import newsbot.bot.chat.Reply;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.digest.Digest;
import org.junit.jupiter.api.Test;

class RenderersTest {

  static final String PAPER = "嘉兴日报·平湖版";

  static Citation undated(String title) {
    return new Citation(1, "a1", title, "", "", "p.txt", null, null,
        "http://localhost:8080/articles/a1", "http://localhost:8080/articles/a1", "引文");
  }

  static Citation dated() {
    return new Citation(1, "a2", "我市加力推动跨境电商", "", "", "p.txt", LocalDate.of(2025, 8, 4), 1,
        "http://szb.zjphol.com/pc/layout/202508/04/node_01.html",
        "http://localhost:8080/articles/a2", "引文");
  }

  static Reply answer(Citation c, String text) {
    return new Reply.AnswerReply(new Answer("q", true, text, List.of(c), List.of(), "extractive",
        1, 1));
  }

  @Test
  void should_keep_a_title_with_book_marks_whole_inside_its_link() {
    String html = new HtmlRenderer(PAPER, true).render(answer(undated("学习《条例》的体会"), "x[1]"));
    assertTrue(html.contains(">《学习《条例》的体会》</a> 嘉兴日报·平湖版 日期不详"), html);
  }

  @Test
  void should_escape_html_from_the_paper_and_the_question() {
    String html = new HtmlRenderer(PAPER, true).render(
        answer(undated("<script>alert(1)</script>"), "<b>x</b>&[1]"));
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;&amp;[1]"), html);
    assertEquals("&lt;img src=x onerror=alert(1)&gt;",
        new HtmlRenderer(PAPER, true).render(Reply.text("<img src=x onerror=alert(1)>")));
  }

  @Test
  void should_send_no_viewer_link_that_cannot_open_on_a_phone() {
    String html = new HtmlRenderer(PAPER, false).render(answer(undated("平湖新闻"), "x[1]"));
    assertFalse(html.contains("localhost"), html);
    assertTrue(html.contains("《平湖新闻》 嘉兴日报·平湖版 日期不详"), html);
    String text = new TextRenderer(PAPER, false).render(answer(dated(), "x[1]"));
    assertFalse(text.contains("localhost"), text);
    assertTrue(text.contains("http://szb.zjphol.com/pc/layout/202508/04/node_01.html"), text);
    assertTrue(new TextRenderer(PAPER, true).render(answer(dated(), "x[1]"))
        .contains("原文:http://localhost:8080/articles/a2"));
  }

  @Test
  void should_write_dates_and_kinds_the_same_way_in_citations_and_digests() {
    Digest d = new Digest(LocalDate.of(2025, 8, 4), 5723, List.of(new Digest.PageDigest(1, "p.txt",
        List.of(new Digest.Item("a3", "社论", "commentary", "评论", "要点", "http://e/1", "http://v/1"),
            new Digest.Item("a4", "新闻", "news", "新闻", "要点", "http://e/2", "http://v/2")))));
    String text = new TextRenderer(PAPER, true).render(new Reply.DigestReply("", d));
    assertTrue(text.startsWith("嘉兴日报·平湖版 2025年8月4日 总第5723期"), text);
    assertTrue(text.contains("• [评论] 社论"), text);
    assertTrue(text.contains("• 新闻"), text);
    assertTrue(new TextRenderer(PAPER, true).render(answer(dated(), "x[1]"))
        .contains("嘉兴日报·平湖版 2025年8月4日 第1版"));
    String phone = new MarkdownRenderer(PAPER, false).digest(new Digest(null, null, List.of(
        new Digest.PageDigest(null, "p.txt", List.of(new Digest.Item("a5", "无日期", "news", "新闻",
            "要点", "http://localhost:8080/articles/a5", "http://localhost:8080/articles/a5"))))));
    assertFalse(phone.contains("localhost"), phone);
    assertTrue(new MarkdownRenderer(PAPER, true).digest(d).startsWith("**嘉兴日报·平湖版 2025年8月4日 总第5723期**"));
  }
}
