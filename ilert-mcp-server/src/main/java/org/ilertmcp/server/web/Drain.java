package org.ilertmcp.server.web;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a serving instance stops so that a balancer loses no request: {@code /readyz} answers 503
 * "draining" at once, the instance keeps serving for the notice period (long enough for the
 * balancer's next readiness probes to take it out of rotation), then the server stops.
 *
 * @param readiness what {@code /readyz} reports
 * @param notice how long to keep serving after turning not ready; zero stops at once
 * @param pause how the notice passes (the real one sleeps; tests record it)
 * @param stop stops the server
 */
public record Drain(Readiness readiness, Duration notice, Consumer<Duration> pause, Runnable stop) {

  /** The longest notice {@code --drain-notice-seconds} accepts. */
  public static final Duration MAX_NOTICE = Duration.ofMinutes(5);

  /** A drain whose notice passes on the real clock. */
  public static Drain sleeping(Readiness readiness, Duration notice, Runnable stop) {
    return new Drain(readiness, notice, Drain::sleep, stop);
  }

  /** Turns not ready, waits out the notice while still serving, then stops the server. */
  public void run() {
    readiness.drain();
    if (!notice.isZero()) {
      pause.accept(notice);
    }
    stop.run();
  }

  private static void sleep(Duration notice) {
    try {
      Thread.sleep(notice.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stop now, the notice is cut short
    }
  }
}
