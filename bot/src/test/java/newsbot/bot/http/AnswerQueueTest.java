package newsbot.bot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Answers wait for a free worker in arrival order, and are refused past the bounded queue. */
class AnswerQueueTest {

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    threads.shutdownNow();
  }

  /** Occupies one worker until {@link #release}; returns once it runs. */
  private Future<String> busyWorker(AnswerQueue queue) throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    Future<String> f = threads.submit(() -> queue.run(() -> {
      running.countDown();
      await(release);
      return "first";
    }));
    running.await(10, TimeUnit.SECONDS);
    return f;
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntilWaiting(AnswerQueue queue, int n) throws InterruptedException {
    for (int i = 0; i < 1000 && queue.waiting() != n; i++) {
      Thread.sleep(10);
    }
    assertEquals(n, queue.waiting());
  }

  @Test
  void should_answer_a_request_queued_behind_a_busy_worker_once_it_is_free() throws Exception {
    AnswerQueue queue = new AnswerQueue(1, 4, 10_000);
    Future<String> first = busyWorker(queue);
    Future<String> second = threads.submit(() -> queue.run(() -> "second"));
    waitUntilWaiting(queue, 1);
    release.countDown();
    assertEquals("first", first.get(10, TimeUnit.SECONDS));
    assertEquals("second", second.get(10, TimeUnit.SECONDS));
    assertEquals(0, queue.waiting());
  }

  @Test
  void should_refuse_at_once_when_the_queue_is_full() throws Exception {
    AnswerQueue queue = new AnswerQueue(1, 1, 10_000);
    busyWorker(queue);
    threads.submit(() -> queue.run(() -> "waits"));
    waitUntilWaiting(queue, 1);
    AnswerQueue.Busy busy = assertThrows(AnswerQueue.Busy.class, () -> queue.run(() -> "refused"));
    assertEquals("1 requests already waiting for a worker (at most 1)", busy.getMessage());
  }

  @Test
  void should_refuse_a_request_no_worker_took_in_time() throws Exception {
    AnswerQueue queue = new AnswerQueue(1, 4, 50);
    busyWorker(queue);
    AnswerQueue.Busy busy = assertThrows(AnswerQueue.Busy.class, () -> queue.run(() -> "late"));
    assertEquals("no worker came free in 50 ms", busy.getMessage());
    assertEquals(0, queue.waiting());
  }

  @Test
  void should_run_at_once_while_a_worker_is_free_even_with_no_queue() throws Exception {
    AnswerQueue queue = new AnswerQueue(2, 0, 0);
    busyWorker(queue);
    assertEquals("second worker", queue.run(() -> "second worker"));
  }

  @Test
  void should_give_workers_to_waiting_requests_in_arrival_order() throws Exception {
    AnswerQueue queue = new AnswerQueue(1, 8, 10_000);
    busyWorker(queue);
    List<String> order = new CopyOnWriteArrayList<>();
    List<Future<Boolean>> waiting = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String name = "request " + i;
      waiting.add(threads.submit(() -> queue.run(() -> order.add(name))));
      waitUntilWaiting(queue, i + 1);
    }
    release.countDown();
    for (Future<Boolean> f : waiting) {
      f.get(10, TimeUnit.SECONDS);
    }
    assertEquals(List.of("request 0", "request 1", "request 2", "request 3", "request 4"), order);
  }

  @Test
  void should_free_the_worker_when_the_work_fails() throws Exception {
    AnswerQueue queue = new AnswerQueue(1, 0, 0);
    assertThrows(IllegalStateException.class, () -> queue.run(() -> {
      throw new IllegalStateException("answer failed");
    }));
    assertEquals("next", CompletableFuture.supplyAsync(() -> {
      try {
        return queue.run(() -> "next");
      } catch (AnswerQueue.Busy | InterruptedException e) {
        return e.toString();
      }
    }, threads).get(10, TimeUnit.SECONDS));
  }
}
