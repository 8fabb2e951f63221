package newsbot.bot.wecom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import newsbot.bot.chat.Reply;
import newsbot.bot.fake.FakeWecomServer;
import newsbot.bot.render.MarkdownRenderer;
import newsbot.bot.render.TextRenderer;
import newsbot.retrieval.digest.Digest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The group robot outbox against the fake WeCom webhook. */
class WecomRobotOutboxTest {

  static final String PAPER = "嘉兴日报·平湖版";
  static final Digest DIGEST = new Digest(LocalDate.of(2025, 8, 4), 5723, List.of(
      new Digest.PageDigest(1, "p1.txt", List.of(new Digest.Item("a1", "我市加力推动跨境电商高质量发展",
          "news", "新闻", "到2027年跨境电商出口额达到30亿元。", "http://bot.test/a/a1",
          "http://bot.test/v/a1")))));

  FakeWecomServer wecom;
  final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void start() throws Exception {
    wecom = new FakeWecomServer("corp", "secret");
    log.start();
    ((Logger) LoggerFactory.getLogger(WecomRobotOutbox.class)).addAppender(log);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger(WecomRobotOutbox.class)).detachAppender(log);
    wecom.close();
  }

  WecomRobotOutbox outbox(String webhook) {
    return new WecomRobotOutbox(new WecomRobot(new OkHttpClient(), webhook),
        new MarkdownRenderer(PAPER, true), new TextRenderer(PAPER, false));
  }

  String posted(int i) {
    JsonNode body = wecom.calls("/webhook/send").get(i).body();
    assertEquals("markdown", body.path("msgtype").asText());
    return body.path("markdown").path("content").asText();
  }

  @Test
  void should_post_a_digest_as_markdown_without_its_intro_and_a_text_as_is() {
    WecomRobotOutbox robot = outbox(wecom.robotWebhook());
    robot.accept("group", new Reply.DigestReply("今日读报摘要:", DIGEST));
    robot.accept("group", Reply.text("明天休刊。"));
    assertEquals("**嘉兴日报·平湖版 2025年8月4日 总第5723期**\n\n**第1版**\n"
        + "- [我市加力推动跨境电商高质量发展](http://bot.test/a/a1)\n  到2027年跨境电商出口额达到30亿元。",
        posted(0));
    assertEquals("明天休刊。", posted(1));
    assertEquals(List.of(), log.list);
  }

  @Test
  void should_log_a_refused_post_with_its_cause_and_not_throw() {
    outbox(wecom.url() + "/cgi-bin/webhook/send?key=wrong").accept("group", Reply.text("明天休刊。"));
    assertEquals(1, wecom.calls("/webhook/send").size());
    assertEquals(1, log.list.size());
    ILoggingEvent e = log.list.get(0);
    assertEquals("group robot post failed", e.getFormattedMessage());
    assertEquals("group robot answered HTTP 200 errcode 93000", e.getThrowableProxy().getMessage());
  }
}
