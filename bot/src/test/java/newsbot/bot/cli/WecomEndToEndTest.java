package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import newsbot.bot.App;
import newsbot.bot.Wiring;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.Incoming;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.bot.fake.FakeWecomServer;
import newsbot.bot.render.TextRenderer;
import newsbot.bot.wecom.WecomCrypto;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * serve with WeCom configured, against a local fake WeCom API: the URL check, an encrypted Chinese
 * question answered by exactly one message/send, a retried MsgId answered once, forged and stale
 * callbacks refused, and an expired token refreshed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WecomEndToEndTest {

  static final String CORP = "wx5823bf96d3bd56c7";
  static final String TOKEN = "QDG6eK";
  static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  static final WecomCrypto WECOM_SIDE = new WecomCrypto(TOKEN, AES_KEY, CORP);

  @TempDir static Path data;
  static FakeWecomServer wecom;
  static NewsLibrary library;
  static App app;
  static String callback;
  static int port;
  static String paper;
  static final ListAppender<ILoggingEvent> wecomLog = new ListAppender<>();
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    wecomLog.start();
    ((Logger) LoggerFactory.getLogger("newsbot.bot.wecom")).addAppender(wecomLog);
    wecom = new FakeWecomServer(CORP, "the-secret");
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    callback = "http://127.0.0.1:" + port + "/wecom/callback";
    Config config = Config.of(Map.of("http.port", String.valueOf(port), "wecom.corp-id", CORP,
        "wecom.agent-id", "1000002", "wecom.api-url", wecom.url(), "wecom.admins", "zhangsan",
        "http.public-base-url", "http://127.0.0.1:" + port,
        "wecom.retry-base-ms", "20"),
        Map.of("NEWSBOT_WECOM_SECRET", "the-secret", "NEWSBOT_WECOM_TOKEN", TOKEN,
            "NEWSBOT_WECOM_AES_KEY", AES_KEY, "NEWSBOT_WECOM_ROBOT_WEBHOOK", wecom.robotWebhook()));
    Wiring wiring = new Wiring(BotConfig.from(config, Path.of("seeds"), data));
    library = wiring.library();
    // the daily digests run on a clock at 09:30 in Shanghai, after the robot's 08:00
    paper = wiring.paper();
    app = wiring.app(library,
        java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T01:30:00Z"), java.time.ZoneOffset.UTC)).start();
  }

  @AfterAll
  static void stop() throws IOException {
    ((Logger) LoggerFactory.getLogger("newsbot.bot.wecom")).detachAppender(wecomLog);
    app.close();
    library.close();
    wecom.close();
  }

  static String now() {
    return String.valueOf(System.currentTimeMillis() / 1000);
  }

  static String inner(String from, String content, String msgId) {
    return "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><FromUserName><![CDATA[" + from
        + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]>"
        + "</MsgType><Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId
        + "</MsgId><AgentID>1000002</AgentID></xml>";
  }

  static HttpResponse<String> post(String innerXml, String signatureOverride, String timestamp)
      throws Exception {
    return postEncrypted(WECOM_SIDE.encrypt(innerXml), signatureOverride, timestamp);
  }

  static HttpResponse<String> postEncrypted(String encrypted, String signatureOverride,
      String timestamp) throws Exception {
    String nonce = "n" + System.nanoTime();
    String sig = signatureOverride != null ? signatureOverride
        : WECOM_SIDE.signature(timestamp, nonce, encrypted);
    String body = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><Encrypt><![CDATA["
        + encrypted + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
    return http.send(HttpRequest.newBuilder(URI.create(callback + "?msg_signature=" + sig
            + "&timestamp=" + timestamp + "&nonce=" + nonce))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static List<JsonNode> await(Supplier<List<JsonNode>> sent, int count) throws InterruptedException {
    for (int i = 0; i < 600 && sent.get().size() < count; i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    return sent.get();
  }

  @Test
  @Order(1)
  void should_answer_the_url_check_with_the_decrypted_echostr() throws Exception {
    String echostr = WECOM_SIDE.encrypt("8216370113424929063");
    String ts = now();
    String sig = WECOM_SIDE.signature(ts, "263014780", echostr);
    long start = System.nanoTime();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(callback
        + "?msg_signature=" + sig + "&timestamp=" + ts + "&nonce=263014780&echostr="
        + URLEncoder.encode(echostr, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals("8216370113424929063", r.body());
    assertTrue(System.nanoTime() - start < 1_000_000_000L, "within a second");
  }

  @Test
  @Order(2)
  void should_answer_an_encrypted_chinese_question_with_exactly_one_cited_message() throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> r = post(inner("lisi", "平湖跨境电商到2027年的出口目标是多少?", "7001"), null, now());
    assertEquals(200, r.statusCode());
    assertEquals("", r.body());
    assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "answered at once, replied later");
    List<JsonNode> sent = await(wecom::sent, 1);
    assertEquals(1, sent.size());
    JsonNode m = sent.get(0);
    assertEquals("lisi", m.path("touser").asText());
    assertEquals(1000002, m.path("agentid").asInt());
    assertEquals("text", m.path("msgtype").asText());
    String content = m.path("text").path("content").asText();
    assertTrue(content.contains("30亿元"), content);
    assertTrue(content.contains("[1] 《我市加力推动跨境电商高质量发展》"), content);
    assertTrue(content.contains("http://127.0.0.1:" + port + "/articles/"), "a plain URL: " + content);
    assertTrue(content.getBytes(StandardCharsets.UTF_8).length <= 2048);
  }

  @Test
  @Order(3)
  void should_answer_a_retried_msgid_with_200_and_no_second_reply() throws Exception {
    HttpResponse<String> r = post(inner("lisi", "平湖跨境电商到2027年的出口目标是多少?", "7001"), null, now());
    assertEquals(200, r.statusCode());
    TimeUnit.SECONDS.sleep(2);
    assertEquals(1, wecom.sent().size());
  }

  @Test
  @Order(4)
  void should_refuse_forged_stale_and_malformed_callbacks_without_replying() throws Exception {
    assertEquals(403, post(inner("mallory", "/reload", "7002"), "0".repeat(40), now()).statusCode());
    String old = String.valueOf(System.currentTimeMillis() / 1000 - 3600);
    assertEquals(400, post(inner("mallory", "你好", "7003"), null, old).statusCode());
    HttpResponse<String> junk = http.send(HttpRequest.newBuilder(URI.create(callback
        + "?msg_signature=x&timestamp=" + now() + "&nonce=1"))
        .POST(HttpRequest.BodyPublishers.ofString("not xml")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, junk.statusCode());
    TimeUnit.SECONDS.sleep(1);
    assertEquals(1, wecom.sent().size(), "nothing was answered");
  }

  @Test
  @Order(5)
  void should_refresh_an_expired_token_and_retry_the_send_once() throws Exception {
    int tokensBefore = wecom.calls("/gettoken").size();
    wecom.expireToken();
    assertEquals(200, post(inner("lisi", "卫星能源上半年产值增长了多少?", "7004"), null, now()).statusCode());
    List<JsonNode> sent = await(wecom::sent, 2);
    assertEquals(2, sent.size());
    assertTrue(sent.get(1).path("text").path("content").asText().contains("47.4%"));
    assertEquals(tokensBefore + 1, wecom.calls("/gettoken").size());
    assertEquals(3, wecom.calls("/message/send").size(), "the refused send and its retry");
  }

  @Test
  @Order(6)
  void should_refuse_admin_commands_to_non_admin_wecom_users() throws Exception {
    post(inner("wangwu", "/reload", "7005"), null, now());
    List<JsonNode> sent = await(wecom::sent, 3);
    assertTrue(sent.get(2).path("text").path("content").asText().contains("仅管理员可用"));
  }

  @Test
  @Order(7)
  void should_send_the_daily_digest_to_the_group_robot_as_markdown() throws Exception {
    int before = wecom.calls("/webhook/send").size();
    int sent = app.scheduler().runOnce();
    if (before == 0) {
      assertEquals(1, sent, "the robot's digest is due at 09:30");
    }
    JsonNode body = wecom.calls("/webhook/send").get(0).body();
    assertEquals("markdown", body.path("msgtype").asText());
    String markdown = body.path("markdown").path("content").asText();
    assertTrue(markdown.startsWith("**嘉兴日报·平湖版 2025年8月4日 总第5723期**"), markdown);
    assertTrue(markdown.contains("- [图片新闻] [重“棒”出击](http://127.0.0.1:" + port + "/articles/"),
        markdown);
    assertTrue(markdown.getBytes(StandardCharsets.UTF_8).length <= 4096);
    assertEquals(0, app.scheduler().runOnce(), "never twice the same day");
    assertEquals(1, wecom.calls("/webhook/send").size());
  }

  static HttpResponse<String> urlCheck(String echostr, String signature, String timestamp)
      throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(callback + "?msg_signature=" + signature
        + "&timestamp=" + timestamp + "&nonce=263014780&echostr="
        + URLEncoder.encode(echostr, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Calls of message/send for one user, failed or not. */
  static List<JsonNode> sendsTo(String user) {
    return wecom.calls("/message/send").stream().map(FakeWecomServer.Call::body)
        .filter(b -> b.path("touser").asText().equals(user)).toList();
  }

  static List<JsonNode> delivered(String user) {
    return wecom.sent().stream().filter(b -> b.path("touser").asText().equals(user)).toList();
  }

  @Test
  @Order(8)
  void should_refuse_a_stale_url_check_with_400_and_a_forged_one_with_403() throws Exception {
    String echostr = WECOM_SIDE.encrypt("8216370113424929063");
    HttpResponse<String> stale = urlCheck(echostr, WECOM_SIDE.signature("1", "263014780", echostr), "1");
    assertEquals(400, stale.statusCode(), "signed by WeCom's token but outside the window");
    assertEquals("", stale.body());
    String ts = now();
    assertEquals(403, urlCheck(echostr, "0".repeat(40), ts).statusCode());
    assertEquals(200, urlCheck(echostr, WECOM_SIDE.signature(ts, "263014780", echostr), ts)
        .statusCode());
  }

  @Test
  @Order(9)
  void should_answer_400_to_a_signed_message_whose_length_field_lies_and_not_reply() throws Exception {
    int before = wecom.calls("/message/send").size();
    byte[] xml = inner("mallory", "你好", "7010").getBytes(StandardCharsets.UTF_8);
    int remaining = xml.length + CORP.length();
    for (int length : new int[] {0x7fffffff, 0x80000000, remaining + 1}) {
      String encrypted = FakeWecomServer.encrypt(AES_KEY, FakeWecomServer.plaintext(length, xml, CORP));
      HttpResponse<String> r = postEncrypted(encrypted, null, now());
      assertEquals(400, r.statusCode(), "length field " + length);
    }
    String honest = FakeWecomServer.encrypt(AES_KEY, FakeWecomServer.plaintext(xml.length, xml, "wx-other"));
    assertEquals(400, postEncrypted(honest, null, now()).statusCode(), "another CorpID");
    TimeUnit.SECONDS.sleep(1);
    assertEquals(before, wecom.calls("/message/send").size(), "nothing was answered");
  }

  @Test
  @Order(10)
  void should_retry_a_reply_that_wecom_answered_500_and_deliver_it_once() throws Exception {
    wecom.failSends(2);
    assertEquals(200, post(inner("zhouqi", "卫星能源上半年产值增长了多少?", "7011"), null, now())
        .statusCode());
    for (int i = 0; i < 600 && delivered("zhouqi").isEmpty(); i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    TimeUnit.MILLISECONDS.sleep(500);
    assertEquals(1, delivered("zhouqi").size());
    assertTrue(delivered("zhouqi").get(0).path("text").path("content").asText().contains("47.4%"));
    assertEquals(3, sendsTo("zhouqi").size(), "two refused by HTTP 500, then delivered");
  }

  @Test
  @Order(11)
  void should_give_up_after_four_attempts_and_log_the_msgid_as_lost() throws Exception {
    wecom.failSends(Integer.MAX_VALUE);
    try {
      assertEquals(200, post(inner("wuliu", "卫星能源上半年产值增长了多少?", "7012"), null, now())
          .statusCode());
      for (int i = 0; i < 600 && lost("7012").isEmpty(); i++) {
        TimeUnit.MILLISECONDS.sleep(50);
      }
      TimeUnit.MILLISECONDS.sleep(500);
    } finally {
      wecom.failSends(0);
    }
    assertEquals(4, sendsTo("wuliu").size(), "the first try and three retries");
    assertEquals(0, delivered("wuliu").size());
    List<ILoggingEvent> lost = lost("7012");
    assertEquals(1, lost.size());
    String line = lost.get(0).getFormattedMessage();
    assertTrue(line.contains("msg:7012"), line);
    assertTrue(!line.contains("卫星") && !line.contains("TOKEN-"), "no text, no token: " + line);
  }

  static List<ILoggingEvent> lost(String msgId) {
    return wecomLog.list.stream().filter(e -> e.getFormattedMessage().contains("lost")
        && e.getFormattedMessage().contains(msgId)).toList();
  }

  @Test
  @Order(12)
  void should_let_the_chat_service_answer_an_image_and_ignore_a_subscribe_event() throws Exception {
    String image = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><FromUserName>"
        + "<![CDATA[sunba]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType>"
        + "<![CDATA[image]]></MsgType><PicUrl><![CDATA[http://example.invalid/p.jpg]]></PicUrl>"
        + "<MediaId><![CDATA[media-1]]></MediaId><MsgId>7013</MsgId><AgentID>1000002</AgentID></xml>";
    String event = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><FromUserName>"
        + "<![CDATA[sunba]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType>"
        + "<![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>"
        + "<AgentID>1000002</AgentID></xml>";
    assertEquals(200, post(event, null, now()).statusCode());
    assertEquals(200, post(image, null, now()).statusCode());
    for (int i = 0; i < 600 && delivered("sunba").isEmpty(); i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    TimeUnit.SECONDS.sleep(1);
    assertEquals(1, sendsTo("sunba").size(), "one reply, to the image; none to the event");
    String expected = new TextRenderer(paper, false).render(
        app.chat().handle(Incoming.text(Channel.WECOM, "sunba-probe", "sunba-probe", "")));
    assertEquals(expected, delivered("sunba").get(0).path("text").path("content").asText());
  }
}
