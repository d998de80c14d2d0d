package org.duibiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a task for each index 0 … n-1 on a pool of threads. The first failure is rethrown as it is (I/O, unchecked,
 * errors); another checked exception is wrapped.
 */
final class Parallel {

  /** A task for index {@code i}. */
  @FunctionalInterface
  interface Task<T> {
    T run(int i) throws Exception;
  }

  private Parallel() {}

  /** The results in index order. */
  static <T> List<T> map(int threads, int n, Task<T> task) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)), r -> {
      Thread t = new Thread(r, "duibiao-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int k = i;
        futures.add(pool.submit(() -> task.run(k)));
      }
      List<T> out = new ArrayList<>(n);
      for (Future<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
