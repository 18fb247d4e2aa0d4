package org.ilertmcp.server.tools.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetAlertReportToolTest {
  private static Sandbox sandbox;
  private static Instant until;
  private static Instant from;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    until = Instant.now().truncatedTo(ChronoUnit.HOURS);
    from = until.minus(Duration.ofDays(14));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<AlertSnapshot> inWindow() {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> !a.reportTime().isBefore(from) && a.reportTime().isBefore(until))
        .toList();
  }

  private static String window() {
    return "\"from\":\"" + from + "\",\"until\":\"" + until + "\"";
  }

  @Test
  void totalsAndPerSourceCountsMatchTheAlerts() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN, "get_alert_report", "{" + window() + ",\"group_by\":\"DAY\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode r = call.structured();
    List<AlertSnapshot> alerts = inWindow();
    assertThat(alerts).isNotEmpty();
    assertThat(r.path("totals").path("alerts").asLong()).isEqualTo(alerts.size());
    long noisy = alerts.stream().filter(a -> a.sourceId() == 504).count();
    long reported = 0;
    for (JsonNode row : r.path("by_source")) {
      if (row.path("alert_source_id").asLong() == 504) {
        reported += row.path("alerts").asLong();
      }
    }
    assertThat(reported).isEqualTo(noisy);
    long perDay = 0;
    for (JsonNode p : r.path("periods")) {
      perDay += p.path("alerts").asLong();
    }
    assertThat(perDay).isEqualTo(alerts.size());
    assertThat(r.path("periods").size()).isBetween(2, 15);
  }

  @Test
  void filtersByPriorityAndSourceName() {
    JsonNode high =
        sandbox
            .result(Sandbox.ADMIN, "get_alert_report", "{" + window() + ",\"priority\":\"HIGH\"}")
            .structured();
    long expected = inWindow().stream().filter(a -> a.priority().equals("HIGH")).count();
    assertThat(high.path("totals").path("alerts").asLong()).isEqualTo(expected);
    JsonNode bySource =
        sandbox
            .result(
                Sandbox.ADMIN,
                "get_alert_report",
                "{" + window() + ",\"alert_sources\":[\"Prometheus production\"]}")
            .structured();
    bySource
        .path("by_source")
        .forEach(row -> assertThat(row.path("alert_source_id").asLong()).isEqualTo(501));
    assertThat(bySource.path("totals").path("alerts").asLong())
        .isEqualTo(inWindow().stream().filter(a -> a.sourceId() == 501).count());
  }

  @Test
  void badWindowsAreActionable() {
    Sandbox.ToolCall naive =
        sandbox.result(Sandbox.ADMIN, "get_alert_report", "{\"from\":\"2026-01-01T00:00\"}");
    assertThat(naive.text()).contains("no time zone");
    Sandbox.ToolCall reversed =
        sandbox.result(Sandbox.ADMIN, "get_alert_report", "{\"from\":\"1d\",\"until\":\"2d\"}");
    assertThat(reversed.text()).contains("from must be before until");
    Sandbox.ToolCall tooLong =
        sandbox.result(Sandbox.ADMIN, "get_alert_report", "{\"from\":\"400d\"}");
    assertThat(tooLong.isError()).isTrue();
    assertThat(tooLong.text()).contains("ilert refused the request as invalid").contains("year");
    for (String blank : new String[] {"\"\"", "\"   \""}) {
      Sandbox.ToolCall missing =
          sandbox.result(Sandbox.ADMIN, "get_alert_report", "{\"from\":" + blank + "}");
      assertThat(missing.isError()).as(blank).isTrue();
      assertThat(missing.text())
          .as(blank)
          .isEqualTo("`from` is blank; give a value or leave the argument out.");
    }
  }

  @Test
  void rateLimitIsActionable() {
    sandbox.injectFault(
        FaultRule.rateLimit("/api/reports/alerts/summary").method("GET").retryAfter(1).times(10));
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.STAKEHOLDER, "get_alert_report", "{" + window() + "}");
    sandbox.emulator().faults().clear();
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
  }
}
