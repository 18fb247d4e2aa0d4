package org.ilertmcp.server.dist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The helper the distribution tests read a server's output with: what a server writes while it
 * stops (its audit record's neighbours, its last log lines) must reach the test.
 */
class ServerProcessTest {
  @Test
  void stopKeepsWhatTheProcessWritesAfterTheSignal() throws Exception {
    // Ready once its trap is set; on SIGTERM it waits, writes a line to each stream and ends.
    String script =
        "trap 'sleep 0.3; echo late-out; echo late-err >&2; exit 0' TERM;"
            + " echo listening on http://127.0.0.1:1/mcp; echo early-err >&2;"
            + " while :; do sleep 0.05; done";
    ServerProcess process = ServerProcess.watch(new ProcessBuilder("sh", "-c", script));
    try (process) {
      process.url();
      assertThat(process.stop()).isZero();
      assertThat(process.stderr()).containsExactly("early-err", "late-err");
      assertThat(process.stdout()).endsWith("late-out");
    }
  }
}
