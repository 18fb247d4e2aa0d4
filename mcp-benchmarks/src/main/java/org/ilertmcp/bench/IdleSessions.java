package org.ilertmcp.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resident memory of a fresh session-mode server before and after {@code count} clients each
 * initialized a session and then went quiet (no DELETE, connections closed).
 */
final class IdleSessions {
  record Result(long rssStartKib, long rssAfterKib, int sessions) {
    double perSessionKib() {
      return (rssAfterKib - rssStartKib) / (double) sessions;
    }
  }

  /** Connections used to open the sessions; a few, so opening 1,000 takes seconds, not minutes. */
  private static final int OPENERS = 4;

  private IdleSessions() {}

  static Result measure(ServerProcess server, int count, long settleMillis)
      throws InterruptedException {
    return measure(server, count, settleMillis, HttpConnection.PROTOCOL_HEADER);
  }

  /** As above, with {@code headers} (CRLF-terminated lines, a bearer key say) on every request. */
  static Result measure(ServerProcess server, int count, long settleMillis, String headers)
      throws InterruptedException {
    Thread.sleep(settleMillis);
    long before = ProcStat.rssKib(server.pid());
    AtomicInteger left = new AtomicInteger(count);
    AtomicInteger opened = new AtomicInteger();
    List<Thread> openers = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < OPENERS; i++) {
      Thread thread =
          new Thread(
              () -> {
                try (HttpConnection connection =
                    new HttpConnection(server.port(), "/mcp", headers)) {
                  while (left.getAndDecrement() > 0) {
                    HttpConnection.Response init = connection.post(null, McpMessages.INITIALIZE);
                    if (init.status() != 200 || init.sessionId() == null) {
                      throw new IOException("initialize answered " + init.status());
                    }
                    HttpConnection.Response ack =
                        connection.post(init.sessionId(), McpMessages.INITIALIZED);
                    if (ack.status() != 202) {
                      throw new IOException("notifications/initialized answered " + ack.status());
                    }
                    opened.incrementAndGet();
                  }
                } catch (IOException e) {
                  synchronized (failures) {
                    failures.add(e.toString());
                  }
                }
              },
              "session-opener-" + i);
      openers.add(thread);
      thread.start();
    }
    for (Thread thread : openers) {
      thread.join(120_000);
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("Opening sessions failed: " + failures);
    }
    Thread.sleep(settleMillis);
    return new Result(before, ProcStat.rssKib(server.pid()), opened.get());
  }
}
