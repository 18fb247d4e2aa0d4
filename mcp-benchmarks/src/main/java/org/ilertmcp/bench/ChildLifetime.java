package org.ilertmcp.bench;

import java.io.IOException;
import java.io.InputStream;

/**
 * Ties a forked HTTP server to the benchmark that started it, so nothing outlives a run: the server
 * exits when its stdin reaches end of file (the benchmark closed the pipe, or died) or after a hard
 * lifetime ({@code -Dbench.maxLifetimeSeconds}, default 15 minutes).
 */
final class ChildLifetime {
  private ChildLifetime() {}

  static void bind() {
    long lifetimeMillis = Long.getLong("bench.maxLifetimeSeconds", 900) * 1000;
    daemon(
        "bench-stdin-watch",
        () -> {
          try (InputStream in = System.in) {
            while (in.read() >= 0) {
              // Nothing is sent on stdin in HTTP mode; only its end matters.
            }
          } catch (IOException e) {
            // A broken pipe means the benchmark is gone, same as end of file.
          }
          System.exit(0);
        });
    daemon(
        "bench-lifetime",
        () -> {
          try {
            Thread.sleep(lifetimeMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          System.exit(0);
        });
  }

  private static void daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
