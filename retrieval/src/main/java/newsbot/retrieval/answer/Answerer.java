package newsbot.retrieval.answer;

import java.io.IOException;

/** Answers a citizen's question from the paper. */
public interface Answerer {
  Answer answer(String question) throws IOException;
}
