package newsbot.retrieval.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.parse.Corpus;
import org.junit.jupiter.api.Test;

class DigesterTest {

  static final Links LINKS = new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE);

  @Test
  void should_list_the_five_articles_of_the_dated_issue_with_summaries_and_links()
      throws IOException {
    Corpus corpus = Fixtures.parser().parseFolder(Fixtures.SEEDS);
    Issue issue = corpus.issues().get(0);
    assertEquals(LocalDate.of(2025, 8, 4), issue.date(), "the newest dated issue comes first");
    Digest d = new Digester(LINKS).digest(issue);
    assertEquals(5723, d.issueNo());
    assertEquals(5, d.articleCount());
    List<Digest.Item> items = d.pages().get(0).articles();
    assertEquals(List.of("创新突破 六千争先 勇夺“全年红”决胜“十四五”", "百名师生入驻平湖乡村",
        "我市加力推动跨境电商高质量发展", "重“棒”出击", "跑出“加速度” 拼抢下半场"),
        items.stream().map(Digest.Item::title).toList());
    assertEquals(List.of("news", "news", "news", "photo", "commentary"),
        items.stream().map(Digest.Item::kind).toList());
    assertEquals("8月1日下午,市委十五届七次全体(扩大)会议暨半年度经济社会形势分析会,与市政府全体会议合并召开。",
        items.get(0).summary());
    for (Digest.Item i : items) {
      assertFalse(i.summary().startsWith("本报讯"), i.summary());
      assertTrue(i.summary().codePointCount(0, i.summary().length()) <= 62, i.summary());
      assertTrue(i.viewerUrl().equals("http://bot.test/articles/" + i.articleId()));
      assertEquals(i.viewerUrl(), i.url(), "no page number: the viewer is the link");
    }
  }

  @Test
  void should_link_the_epaper_page_when_date_and_page_are_known() throws IOException {
    Corpus corpus = Fixtures.parser().parseFolder(Path.of("retrieval", "src", "test", "resources",
        "pages"));
    Issue issue = corpus.issues().stream()
        .filter(i -> LocalDate.of(2025, 9, 12).equals(i.date())).findFirst().orElseThrow();
    Digest d = new Digester(LINKS).digest(issue);
    assertEquals(List.of(1, 2), d.pages().stream().map(Digest.PageDigest::page).toList());
    assertEquals("http://szb.zjphol.com/pc/layout/202509/12/node_01.html",
        d.pages().get(0).articles().get(0).url());
    assertEquals("brief", d.pages().get(1).articles().get(0).kind());
    assertEquals("日前,位于东湖街道和钟埭街道的两处城市书房正式对外开放。",
        d.pages().get(1).articles().get(0).summary());
  }
}
