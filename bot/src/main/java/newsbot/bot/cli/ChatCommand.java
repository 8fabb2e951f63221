package newsbot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import newsbot.bot.Wiring;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.bot.chat.Reply;
import newsbot.bot.render.TextRenderer;
import newsbot.bot.store.Store;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.digest.Digest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code chat --json [--today YYYY-MM-DD] -}: chat messages from standard input, one JSON object a
 * line ({@code {"chat","user","text","today"?}}), through the same ChatService as the channels, in
 * one process over one data folder; one JSON line out for each line in.
 */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = "Run chat messages (JSON Lines on stdin) through the bot, one reply a line.")
final class ChatCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON Lines (the only output format).")
  boolean json;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The day the messages are sent (default: today in Asia/Shanghai).")
  String today;

  @Parameters(paramLabel = "-", arity = "0..1", description = "Read messages from stdin.")
  String input = "-";

  /** One reply line of the contract. */
  record Line(String chat, String text, String reply, String kind, boolean found,
      List<Cited> citations) {}

  record Cited(int n, String articleId, String title, LocalDate date, Integer page, String url,
      String viewerUrl) {}

  @Override
  public Integer call() throws Exception {
    if (!"-".equals(input)) {
      throw new UserError("chat reads messages from standard input: pass - (got " + input + ")");
    }
    LocalDate defaultDay = today == null ? null : day(today, "--today");
    Wiring wiring = parent.wiring();
    PrintWriter out = spec.commandLine().getOut();
    try (NewsLibrary library = wiring.queryLibrary();
        Store store = Store.open(wiring.dataFolder().resolve("newsbot.db"))) {
      library.ensureFresh();
      ChatService chat = wiring.chatService(library, store);
      chat.markReady();
      TextRenderer renderer = wiring.textRenderer(true);
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
          StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          out.println(Json.write(handle(line, defaultDay, chat, renderer)));
          out.flush();
        }
      }
    }
    return 0;
  }

  private static Line handle(String line, LocalDate defaultDay, ChatService chat,
      TextRenderer renderer) {
    JsonNode m;
    LocalDate day;
    try {
      m = JSON.readTree(line);
      if (m == null || !m.isObject() || !m.path("text").isTextual()) {
        throw new IOException("not an object with a \"text\"");
      }
      day = m.path("today").isTextual() ? day(m.get("today").asText(), "today") : defaultDay;
    } catch (IOException | UserError e) {
      String why = "无法读取这一行:" + e.getMessage();
      return new Line(null, line, why, Reply.Kind.ERROR.jsonName(), false, List.of());
    }
    String chatId = m.path("chat").asText("cli");
    String user = m.path("user").asText(chatId);
    Reply reply = chat.handle(new Incoming(Channel.CLI, user, chatId, m.get("text").asText(), null,
        null, day));
    return new Line(chatId, m.get("text").asText(), renderer.render(reply),
        reply.kind().jsonName(), found(reply), citations(reply));
  }

  /** False exactly when the paper had nothing: no answer, or no such issue. */
  private static boolean found(Reply reply) {
    if (reply instanceof Reply.AnswerReply a) {
      return a.answer().found();
    }
    return reply.kind() != Reply.Kind.NOT_FOUND
        && !(reply instanceof Reply.Text && reply.kind() == Reply.Kind.EDITION);
  }

  private static List<Cited> citations(Reply reply) {
    List<Cited> out = new ArrayList<>();
    if (reply instanceof Reply.AnswerReply a) {
      for (Citation c : a.answer().citations()) {
        out.add(new Cited(c.n(), c.articleId(), c.title(), c.date(), c.page(), c.url(),
            c.viewerUrl()));
      }
    } else if (reply instanceof Reply.DigestReply d) {
      for (Digest.PageDigest p : d.digest().pages()) {
        for (Digest.Item i : p.articles()) {
          out.add(new Cited(out.size() + 1, i.articleId(), i.title(), d.digest().date(), p.page(),
              i.url(), i.viewerUrl()));
        }
      }
    }
    return out;
  }

  private static LocalDate day(String text, String what) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UserError(what + " must be a date like 2025-08-04, not '" + text + "'");
    }
  }
}
