package newsbot.retrieval.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;

/**
 * The in-process models on an ONNX session whose intra-op threads do not spin. langchain4j's own
 * model classes open their session with ONNX Runtime's defaults, whose idle workers spin waiting
 * for work: measured on this 2-core machine with two questions embedded at once, 19–20 ms of CPU
 * per question and 18–20 questions/s, against 13 ms and 46–64/s without spinning (the spin burns
 * the cores the other answer needs). The weights and tokenizer are the same files, read from the
 * same jars.
 */
final class OnnxModels {

  /** ONNX Runtime's session option: whether idle intra-op threads busy-wait for work. */
  static final String ALLOW_SPINNING = "session.intra_op.allow_spinning";

  private OnnxModels() {}

  /** Session options: {@code threads} intra-op threads (the caller's included), none spinning. */
  static OrtSession.SessionOptions options(int threads) throws OrtException {
    OrtSession.SessionOptions o = new OrtSession.SessionOptions();
    o.setIntraOpNumThreads(threads);
    o.setInterOpNumThreads(1);
    o.addConfigEntry(ALLOW_SPINNING, "0");
    return o;
  }

  /**
   * A model from the ONNX weights and tokenizer packed in a jar (resources at its root).
   *
   * @param executor where {@code embedAll} spreads its texts
   */
  static EmbeddingModel load(String onnx, String tokenizer, PoolingMode pooling, int dimension,
      Executor executor) {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options =
        options(Runtime.getRuntime().availableProcessors())) {
      OrtSession session = env.createSession(resource(onnx), options);
      try (InputStream tokens = stream(tokenizer)) {
        return new Model(new OnnxBertBiEncoder(env, session, tokens, pooling), dimension,
            executor);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("cannot open the ONNX model " + onnx, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + tokenizer, e);
    }
  }

  private static InputStream stream(String name) throws IOException {
    InputStream in = OnnxModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(name + " is not on the class path (its model jar is missing)");
    }
    return in;
  }

  private static byte[] resource(String name) {
    try (InputStream in = stream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** langchain4j's in-process model over our own encoder. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimension;

    Model(OnnxBertBiEncoder encoder, int dimension, Executor executor) {
      super(executor);
      this.encoder = encoder;
      this.dimension = dimension;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return dimension;
    }
  }
}
