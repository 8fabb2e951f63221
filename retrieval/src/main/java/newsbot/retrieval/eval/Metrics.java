package newsbot.retrieval.eval;

/**
 * Retrieval metrics of one run over the answerable questions of a QA file.
 *
 * @param name the run's key in eval/expected-metrics.json
 * @param label what the run runs, in words
 */
public record Metrics(String name, String label, int questions, double hitAt1, double hitAt3,
    double hitAt5, double mrrAt10) {}
