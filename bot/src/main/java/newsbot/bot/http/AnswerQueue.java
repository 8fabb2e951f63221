package newsbot.bot.http;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code workers} answers computed at once; the others wait their turn in arrival order,
 * and a request is refused at once when {@code maxWaiting} are already waiting, or after waiting
 * {@code maxWaitMillis}. Answering is CPU work (the question's embedding, analysis of candidate
 * sentences): with more answers than cores running together, every answer gets slower and the
 * slowest far slower (measured: 8 clients on 2 cores), while with one answer per core a request's
 * latency is its own work plus a fair wait. The caller's thread does the work; nothing is handed
 * to another thread. Thread-safe.
 */
public final class AnswerQueue {

  /** Too many already waiting, or waited too long: the request is refused, not answered. */
  public static final class Busy extends Exception {
    private static final long serialVersionUID = 1L;

    Busy(String why) {
      super(why);
    }
  }

  private final Semaphore running;
  private final int maxWaiting;
  private final long maxWaitMillis;
  private final AtomicInteger waiting = new AtomicInteger();

  /**
   * @param workers answers computed at once (the machine's cores)
   * @param maxWaiting requests that may wait for a worker; one more is refused at once
   * @param maxWaitMillis how long a request waits for a worker before it is refused
   */
  public AnswerQueue(int workers, int maxWaiting, long maxWaitMillis) {
    if (workers < 1 || maxWaiting < 0 || maxWaitMillis < 0) {
      throw new IllegalArgumentException("workers must be ≥ 1, maxWaiting and maxWaitMillis ≥ 0: "
          + workers + ", " + maxWaiting + ", " + maxWaitMillis);
    }
    this.running = new Semaphore(workers, true);
    this.maxWaiting = maxWaiting;
    this.maxWaitMillis = maxWaitMillis;
  }

  /** One worker per core, up to 64 waiting, for at most 8 s. */
  public static AnswerQueue perCore() {
    return new AnswerQueue(Runtime.getRuntime().availableProcessors(), 64, 8_000);
  }

  /**
   * The work's result, computed once a worker is free (at once when one is).
   *
   * @throws Busy when the queue is full or no worker came free in time
   * @throws InterruptedException when the waiting thread is interrupted (server stopping)
   */
  public <T> T run(Supplier<T> work) throws Busy, InterruptedException {
    // a timed tryAcquire keeps the fair order (the untimed one would barge past the waiting)
    if (!running.tryAcquire(0, TimeUnit.MILLISECONDS)) {
      waitForWorker();
    }
    try {
      return work.get();
    } finally {
      running.release();
    }
  }

  private void waitForWorker() throws Busy, InterruptedException {
    try {
      int ahead = waiting.incrementAndGet() - 1;
      if (ahead >= maxWaiting) {
        throw new Busy(ahead + " requests already waiting for a worker (at most " + maxWaiting
            + ")");
      }
      if (!running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
        throw new Busy("no worker came free in " + maxWaitMillis + " ms");
      }
    } finally {
      waiting.decrementAndGet();
    }
  }

  /** Requests waiting for a worker now. */
  public int waiting() {
    return waiting.get();
  }
}
