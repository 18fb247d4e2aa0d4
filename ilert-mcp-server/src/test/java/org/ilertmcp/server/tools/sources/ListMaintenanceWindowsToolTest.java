package org.ilertmcp.server.tools.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListMaintenanceWindowsToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void openByDefaultAndClosedOnRequest() {
    Sandbox.ToolCall open = sandbox.result(Sandbox.STAKEHOLDER, "list_maintenance_windows", "{}");
    assertThat(open.isError()).as(open.text()).isFalse();
    JsonNode windows = open.structured().path("maintenance_windows");
    assertThat(windows.size()).isEqualTo(1);
    JsonNode next = windows.get(0);
    assertThat(next.path("id").asLong()).isEqualTo(1202);
    assertThat(next.path("summary").asString()).isEqualTo("Search index rebuild");
    assertThat(next.path("phase").asString()).isEqualTo("UPCOMING");
    assertThat(next.path("service_ids").get(0).asLong()).isEqualTo(605);
    assertThat(next.path("alert_source_ids").get(0).asLong()).isEqualTo(501);
    String start =
        sandbox.emulator().state().documents("maintenance-windows").get(1).get("start").asString();
    assertThat(java.time.Instant.parse(next.path("start").asString()))
        .isEqualTo(java.time.Instant.parse(start));

    JsonNode closed =
        sandbox
            .result(Sandbox.STAKEHOLDER, "list_maintenance_windows", "{\"state\":\"CLOSED\"}")
            .structured()
            .path("maintenance_windows");
    assertThat(closed.size()).isEqualTo(1);
    assertThat(closed.get(0).path("id").asLong()).isEqualTo(1201);
    assertThat(closed.get(0).path("phase").asString()).isEqualTo("ENDED");
  }

  @Test
  void filtersByServiceAndSourceNames() {
    JsonNode bySource =
        sandbox
            .result(
                Sandbox.ADMIN,
                "list_maintenance_windows",
                "{\"state\":\"CLOSED\",\"alert_sources\":[\"Datadog payments\"]}")
            .structured()
            .path("maintenance_windows");
    assertThat(bySource.size()).isEqualTo(1);
    assertThat(bySource.get(0).path("id").asLong()).isEqualTo(1201);
    JsonNode byService =
        sandbox
            .result(Sandbox.ADMIN, "list_maintenance_windows", "{\"services\":[\"Login\"]}")
            .structured()
            .path("maintenance_windows");
    assertThat(byService.size()).isZero();
    assertThat(byService.isArray()).isTrue();
  }

  @Test
  void rateLimitIsActionable() {
    sandbox.injectFault(
        FaultRule.rateLimit("/api/maintenance-windows").method("GET").retryAfter(1).times(10));
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_maintenance_windows", "{}");
    sandbox.emulator().faults().clear();
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
  }
}
