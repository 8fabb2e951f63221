package newsbot.bot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import newsbot.bot.chat.Reply;
import newsbot.bot.Wiring;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Answerer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ask [--json] QUESTION}: a cited answer, or an honest "not found". */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "Answer a question with quotes from the paper and their sources.")
final class AskCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON (JSON Lines when QUESTION is -).")
  boolean json;

  @Parameters(paramLabel = "QUESTION", arity = "0..1",
      description = "The question, or - to read one question a line from stdin.")
  String question = "";

  @Override
  public Integer call() throws Exception {
    Wiring wiring = parent.wiring();
    PrintWriter out = spec.commandLine().getOut();
    try (NewsLibrary library = wiring.queryLibrary()) {
      library.ensureFresh();
      Answerer answerer = wiring.answerer(library);
      if ("-".equals(question)) {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          out.println(Json.write(answerer.answer(line)));
        }
      } else {
        Answer a = answerer.answer(question);
        if (json) {
          out.println(Json.writePretty(a));
        } else {
          out.println(wiring.textRenderer(true)
              .render(new Reply.AnswerReply(a)));
        }
      }
      out.flush();
      return 0;
    }
  }
}
