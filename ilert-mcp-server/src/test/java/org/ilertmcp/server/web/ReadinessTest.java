package org.ilertmcp.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@code /readyz}'s decision: ilert's answer, how long it is reused, and draining. */
class ReadinessTest {

  @Test
  void readyWhenIlertAnswersBelow500AndNotWhenItFailsOrIsGone() throws Exception {
    AtomicInteger status = new AtomicInteger(401);
    AtomicInteger probes = new AtomicInteger();
    HttpServer ilert = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    ilert.createContext(
        "/api/users/current",
        exchange -> {
          probes.incrementAndGet();
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    ilert.start();
    AtomicLong now = new AtomicLong();
    URI base = URI.create("http://127.0.0.1:" + ilert.getAddress().getPort() + "/api");
    // A live loopback server answers at once; the long bound only keeps a loaded machine from
    // turning a slow first request into "did not answer".
    Readiness readiness = new Readiness(base, now::get, Duration.ofSeconds(30));
    try {
      assertThat(readiness.status()).isEqualTo(new Readiness.Status(true, "ilert reachable"));
      status.set(503);
      // Within the interval the last answer is reused: one probe so far.
      assertThat(readiness.status().ready()).isTrue();
      assertThat(probes).hasValue(1);
      now.addAndGet(Readiness.CHECK_INTERVAL.toNanos());
      assertThat(readiness.status())
          .isEqualTo(new Readiness.Status(false, "ilert answered HTTP 503"));
      ilert.stop(0);
      now.addAndGet(Readiness.CHECK_INTERVAL.toNanos());
      Readiness.Status gone = readiness.status();
      assertThat(gone.ready()).isFalse();
      assertThat(gone.reason()).startsWith("ilert unreachable").doesNotContain("127.0.0.1");
    } finally {
      ilert.stop(0);
    }
  }

  @Test
  void drainingIsNotReadyWhateverIlertSays() {
    Readiness readiness = new Readiness(URI.create("http://127.0.0.1:9/api"), () -> 0L);
    readiness.drain();
    assertThat(readiness.status())
        .isEqualTo(new Readiness.Status(false, "draining: the server is shutting down"));
  }
}
