package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The optional LLM answer against a local fake OpenAI-compatible server that speaks the real
 * /v1/chat/completions protocol: its reply is used only when every [n] and every number checks out.
 */
class LlmAnswererTest {

  static final String QUESTION = "平湖跨境电商到2027年的出口目标是多少?";

  HttpServer server;
  final AtomicReference<String> reply = new AtomicReference<>("");
  final AtomicReference<Integer> status = new AtomicReference<>(200);
  final AtomicReference<Long> delayMillis = new AtomicReference<>(0L);
  final List<JsonNode> requests = new ArrayList<>();
  LlmAnswerer answerer;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/chat/completions", exchange -> {
      JsonNode request = new ObjectMapper().readTree(exchange.getRequestBody());
      synchronized (requests) {
        requests.add(request);
      }
      try {
        Thread.sleep(delayMillis.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String body = status.get() != 200 ? "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}"
          : new ObjectMapper().createObjectNode()
              .put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1)
              .put("model", request.path("model").asText())
              .set("choices", new ObjectMapper().createArrayNode().add(new ObjectMapper()
                  .createObjectNode().put("index", 0).put("finish_reason", "stop")
                  .set("message", new ObjectMapper().createObjectNode()
                      .put("role", "assistant").put("content", reply.get())))).toString();
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status.get(), bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    NewsLibrary lib = Fixtures.seedLibrary(EmbeddingModelChoice.BGE_SMALL_ZH_V15);
    ExtractiveAnswerer extractive = new ExtractiveAnswerer(lib.retriever(), lib.embedder(), lib,
        new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE), AnswerSettings.defaults());
    OpenAiChatModel model = OpenAiChatModel.builder()
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1")
        .apiKey("test-key").modelName("qwen-test").timeout(Duration.ofSeconds(2)).maxRetries(0)
        .build();
    answerer = new LlmAnswerer(extractive, lib, model);
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void should_use_a_reply_whose_citations_and_numbers_check_out() throws IOException {
    reply.set("平湖力争到2027年跨境电商出口规模达30亿元以上,比2024年翻一番[1]。");
    Answer a = answerer.answer(QUESTION);
    assertEquals("llm", a.method());
    assertEquals("平湖力争到2027年跨境电商出口规模达30亿元以上,比2024年翻一番[1]。", a.answer());
    assertEquals("我市加力推动跨境电商高质量发展", a.citations().get(0).title());
    JsonNode request = requests.get(0);
    assertEquals("qwen-test", request.path("model").asText());
    String prompt = request.path("messages").get(1).path("content").asText();
    assertTrue(prompt.contains("[1] 《我市加力推动跨境电商高质量发展》"), prompt);
    assertTrue(prompt.contains("问题:" + QUESTION), prompt);
  }

  @Test
  void should_fall_back_when_the_reply_cites_a_source_that_was_not_given() throws IOException {
    reply.set("目标是30亿元[7]。");
    Answer a = answerer.answer(QUESTION);
    assertEquals("extractive", a.method());
    assertTrue(a.answer().contains("30亿元以上"));
  }

  @Test
  void should_fall_back_when_the_reply_has_a_number_the_sources_do_not() throws IOException {
    reply.set("目标是到2027年出口50亿元[1]。");
    assertEquals("extractive", answerer.answer(QUESTION).method());
    reply.set("目标是出口30亿元。");
    assertEquals("extractive", answerer.answer(QUESTION).method(), "no citation at all");
  }

  @Test
  void should_fall_back_on_a_server_error_and_on_a_timeout() throws IOException {
    status.set(500);
    assertEquals("extractive", answerer.answer(QUESTION).method());
    status.set(200);
    reply.set("平湖力争到2027年达30亿元以上[1]。");
    delayMillis.set(3000L);
    Answer slow = answerer.answer(QUESTION);
    assertEquals("extractive", slow.method());
    assertTrue(slow.answer().contains("30亿元以上"));
  }

  @Test
  void should_not_ask_the_model_when_the_paper_has_nothing() throws IOException {
    Answer a = answerer.answer("平湖地铁什么时候开通?");
    assertEquals(false, a.found());
    assertTrue(requests.isEmpty());
  }
}
