package newsbot.retrieval.answer;

import java.io.IOException;

/** Answers a citizen's question from the paper. */
public interface Answerer {

  /** The answer to a request (dates, follow-up context and preferences included). */
  Answer answer(AnswerRequest request) throws IOException;

  /** The answer to a question on its own. */
  default Answer answer(String question) throws IOException {
    return answer(AnswerRequest.of(question == null ? "" : question));
  }
}
