package org.ilertmcp.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The in-progress gauge (what a draining instance still has to finish) and the per-call series: one
 * per tool and outcome, one per ilert method, path template, status and retry.
 */
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

  @Test
  void eachToolAndOutcomeCountsInItsOwnSeries() {
    Metrics metrics = new Metrics();
    try {
      metrics.toolCallStarted();
      metrics.toolCall("get_alert", "ok", 3_000_000);
      metrics.toolCallStarted();
      metrics.toolCall("get_alert", "ok", 7_000_000);
      metrics.toolCallStarted();
      metrics.toolCall("get_alert", "ilert_not_found", 1_000_000);
      metrics.toolCallStarted();
      metrics.toolCall("list_alerts", "ok", 1_000_000);
      assertThat(metrics.scrape())
          .contains(
              "mcp_server_operation_duration_seconds_count{gen_ai_operation_name=\"execute_tool\","
                  + "gen_ai_tool_name=\"get_alert\",mcp_method_name=\"tools/call\",outcome=\"ok\"} 2")
          .contains(
              "mcp_server_operation_duration_seconds_sum{gen_ai_operation_name=\"execute_tool\","
                  + "gen_ai_tool_name=\"get_alert\",mcp_method_name=\"tools/call\",outcome=\"ok\"} 0.01")
          .contains(
              "mcp_server_operation_duration_seconds_bucket{gen_ai_operation_name=\"execute_tool\","
                  + "gen_ai_tool_name=\"get_alert\",mcp_method_name=\"tools/call\",outcome=\"ok\","
                  + "le=\"0.005\"} 1")
          .contains(
              "mcp_server_operation_duration_seconds_count{gen_ai_operation_name=\"execute_tool\","
                  + "gen_ai_tool_name=\"get_alert\",mcp_method_name=\"tools/call\","
                  + "outcome=\"ilert_not_found\"} 1")
          .contains(
              "mcp_server_operation_duration_seconds_count{gen_ai_operation_name=\"execute_tool\","
                  + "gen_ai_tool_name=\"list_alerts\",mcp_method_name=\"tools/call\",outcome=\"ok\"} 1");
    } finally {
      metrics.close();
    }
  }

  @Test
  void ilertExchangesCountByTemplateStatusAndRetry() {
    Metrics metrics = new Metrics();
    try {
      var observer = metrics.ilertObserver();
      observer.exchanged("GET", "/alerts/12", 200, 1, Duration.ofMillis(2));
      observer.exchanged("GET", "/alerts/34", 200, 1, Duration.ofMillis(2));
      observer.exchanged("GET", "/alerts/34", 503, 1, Duration.ofMillis(2));
      observer.exchanged("GET", "/alerts/34", 200, 2, Duration.ofMillis(2));
      observer.exchanged("POST", "/alerts/34/comments", 0, 1, Duration.ofMillis(2));
      String prefix = "http_client_request_duration_seconds_count{http_request_method=";
      assertThat(metrics.scrape())
          .contains(
              prefix
                  + "\"GET\",http_response_status_code=\"200\",retry=\"false\","
                  + "url_template=\"/alerts/{id}\"} 2")
          .contains(
              prefix
                  + "\"GET\",http_response_status_code=\"503\",retry=\"false\","
                  + "url_template=\"/alerts/{id}\"} 1")
          .contains(
              prefix
                  + "\"GET\",http_response_status_code=\"200\",retry=\"true\","
                  + "url_template=\"/alerts/{id}\"} 1")
          .contains(
              prefix
                  + "\"POST\",http_response_status_code=\"none\",retry=\"false\","
                  + "url_template=\"/alerts/{id}/comments\"} 1")
          .doesNotContain("/alerts/34");
    } finally {
      metrics.close();
    }
  }

  private static double active(Metrics metrics) {
    return metrics.registry().get("mcp.server.tool_calls.active").gauge().value();
  }
}
