package org.ilertmcp.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The in-progress gauge: what a draining instance still has to finish. */
class MetricsTest {
  @Test
  void toolCallsInProgressRiseWhenCallsStartAndFallWhenTheyFinish() {
    Metrics metrics = new Metrics();
    try {
      metrics.toolCallStarted();
      metrics.toolCallStarted();
      assertThat(active(metrics)).isEqualTo(2.0);
      metrics.toolCall("get_alert", "ok", 1_000_000);
      assertThat(active(metrics)).isEqualTo(1.0);
      metrics.toolCall("list_alerts", "ilert_timeout", 2_000_000);
      assertThat(active(metrics)).isZero();
      assertThat(metrics.scrape()).contains("mcp_server_tool_calls_active 0.0");
    } finally {
      metrics.close();
    }
  }

  private static double active(Metrics metrics) {
    return metrics.registry().get("mcp.server.tool_calls.active").gauge().value();
  }
}
