package newsbot.retrieval.eval;

/** Retrieval metrics of one run over the answerable questions of a QA file. */
public record Metrics(String name, int questions, double hitAt1, double hitAt3, double hitAt5,
    double mrrAt10) {}
