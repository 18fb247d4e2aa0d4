package org.ilertmcp.bench;

import java.time.Duration;
import java.util.List;

/**
 * Durations and sizes of one run. The full run stays under ~6 minutes on the 2-core box; {@code
 * --quick} is for checking the wiring only, its numbers mean nothing.
 */
record Settings(
    List<Integer> clientCounts,
    Duration serverWarmup,
    Duration cellWarmup,
    Duration cellMeasure,
    int startupRuns,
    int idleSessions,
    long settleMillis) {

  static Settings full() {
    return new Settings(
        List.of(1, 16, 64),
        Duration.ofSeconds(8),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        5,
        1000,
        2000);
  }

  /**
   * The product benchmark: 2 routes x 2 tools x 3 client counts plus the direct rows. Each tool is
   * warmed up for 20 s at 16 clients before its cells: with 4 s, a profile showed the JIT compilers
   * still busy through the measured cells (about 33 s of compile time in a 49 s phase), so the
   * first cells measured compilation, not the steady state a long-running server is in.
   */
  static Settings product() {
    return new Settings(
        List.of(1, 16, 64),
        Duration.ofSeconds(20),
        Duration.ofSeconds(2),
        Duration.ofSeconds(4),
        9,
        1000,
        2000);
  }

  static Settings quick() {
    return new Settings(
        List.of(1, 16, 64),
        Duration.ofSeconds(1),
        Duration.ofMillis(300),
        Duration.ofSeconds(1),
        1,
        50,
        300);
  }

  /** The client count used to warm a fresh server up (JIT) before its measured cells. */
  int warmupClients() {
    return 16;
  }
}
