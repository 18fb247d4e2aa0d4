package org.ilertmcp.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stopping as a balancer needs it: not ready first, serving through the notice, then stopped. */
class DrainTest {
  private final Readiness readiness = new Readiness(URI.create("http://127.0.0.1:9/api"), () -> 0L);
  private final List<String> steps = new ArrayList<>();

  @Test
  void readyzSaysDrainingForTheWholeNoticeBeforeTheServerStops() {
    new Drain(
            readiness,
            Duration.ofSeconds(10),
            notice ->
                steps.add("serving " + notice.toSeconds() + " s, " + readiness.status().reason()),
            () -> steps.add("stopped"))
        .run();
    assertThat(steps)
        .containsExactly("serving 10 s, draining: the server is shutting down", "stopped");
  }

  @Test
  void withoutANoticeItStopsAtOnceButStillSaysDraining() {
    new Drain(
            readiness,
            Duration.ZERO,
            notice -> steps.add("paused"),
            () -> steps.add("stopped, ready=" + readiness.status().ready()))
        .run();
    assertThat(steps).containsExactly("stopped, ready=false");
  }
}
