package newsbot.retrieval.answer;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.CorpusSource;
import newsbot.retrieval.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional: an LLM (any OpenAI-compatible server: DeepSeek, Qwen, Ollama, vLLM) writes a short
 * answer from the sources the extractive answerer chose, with [n] citations. The reply is checked
 * before anyone sees it: every [n] must name a source, and every number must appear in the cited
 * sources. A reply that fails, an error or a timeout falls back to the extractive answer, which is
 * also what is returned when the paper has nothing (the LLM is never asked then). Thread-safe.
 */
public final class LlmAnswerer implements Answerer {

  private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final int LEAD_CHARS = 300;
  static final String SYSTEM = "你是嘉兴日报·平湖版的读报助手。只根据用户给出的资料回答问题,"
      + "不要使用资料以外的知识,不要编造数字。每句话后用[n]标出它依据的资料编号。"
      + "回答用中文,不超过120字。资料里没有答案时,只回答:资料中没有相关内容。";

  private final ExtractiveAnswerer extractive;
  private final CorpusSource library;
  private final ChatModel model;

  public LlmAnswerer(ExtractiveAnswerer extractive, CorpusSource library, ChatModel model) {
    this.extractive = extractive;
    this.library = library;
    this.model = model;
  }

  @Override
  public Answer answer(AnswerRequest request) throws IOException {
    String question = request.question();
    Answer base = extractive.answer(request);
    if (!base.found()) {
      return base;
    }
    Map<Integer, String> sources = sources(base);
    String reply;
    try {
      reply = model.chat(SystemMessage.from(SYSTEM), UserMessage.from(prompt(question, sources)))
          .aiMessage().text();
    } catch (RuntimeException e) {
      LOG.warn("LLM answer failed ({}); using the extractive answer", e.getClass().getSimpleName());
      return base;
    }
    String problem = validate(reply, sources);
    if (problem != null) {
      LOG.info("LLM answer rejected: {}; using the extractive answer", problem);
      return base;
    }
    return base.withText(reply.strip(), base.citations(), "llm");
  }

  /** Each cited article as a numbered source: the quotes chosen for it, then its lead. */
  private Map<Integer, String> sources(Answer base) throws IOException {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (Citation c : base.citations()) {
      StringBuilder text = new StringBuilder("《" + c.title() + "》");
      for (String line : base.answer().split("\n")) {
        if (line.endsWith("[" + c.n() + "]")) {
          text.append(line, 0, line.length() - ("[" + c.n() + "]").length());
        }
      }
      Article a = library.corpus().article(c.articleId()).orElse(null);
      if (a != null && !a.paragraphs().isEmpty()) {
        String lead = a.paragraphs().get(0);
        text.append(lead, 0, Math.min(LEAD_CHARS, lead.length()));
      }
      out.put(c.n(), text.toString());
    }
    return out;
  }

  static String prompt(String question, Map<Integer, String> sources) {
    StringBuilder sb = new StringBuilder("资料:\n");
    sources.forEach((n, text) -> sb.append('[').append(n).append("] ").append(text).append('\n'));
    return sb.append("\n问题:").append(question).toString();
  }

  /** Null when the reply may be shown; otherwise why not. */
  static String validate(String reply, Map<Integer, String> sources) {
    if (reply == null || reply.isBlank()) {
      return "empty reply";
    }
    if (reply.contains("资料中没有相关内容")) {
      return "the model found no answer in the sources";
    }
    Set<Integer> cited = new HashSet<>();
    Matcher m = MARKER.matcher(reply);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (!sources.containsKey(n)) {
        return "cites [" + n + "], which is not a source";
      }
      cited.add(n);
    }
    if (cited.isEmpty()) {
      return "no [n] citation";
    }
    StringBuilder citedText = new StringBuilder();
    cited.forEach(n -> citedText.append(sources.get(n)).append('\n'));
    List<String> unsupported = new ArrayList<>();
    Matcher num = NUMBER.matcher(MARKER.matcher(reply).replaceAll(""));
    while (num.find()) {
      // the same number, not a piece of a longer one (2 is not supported by 2027)
      Pattern same = Pattern.compile("(?<![\\d.])" + Pattern.quote(num.group()) + "(?![\\d])");
      if (!same.matcher(citedText).find()) {
        unsupported.add(num.group());
      }
    }
    return unsupported.isEmpty() ? null : "numbers not in the cited sources: " + unsupported;
  }
}
