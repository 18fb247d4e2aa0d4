package org.ilertmcp.server.tools.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CreateMaintenanceWindowToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<ObjectNode> windows() {
    return sandbox.emulator().state().documents("maintenance-windows");
  }

  @Test
  void createsAWindowForServicesAndSourcesByName() {
    Instant start = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"Kernel patching\",\"start\":\""
                + start
                + "\",\"duration_minutes\":90,\"services\":[\"Checkout API\"],"
                + "\"alert_sources\":[\"502\"],\"description\":\"Rolling reboot\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode w = call.structured().path("maintenance_window");
    assertThat(w.path("phase").asString()).isEqualTo("UPCOMING");
    ObjectNode stored = windows().get(windows().size() - 1);
    assertThat(stored.get("id").asLong()).isEqualTo(w.path("id").asLong());
    assertThat(stored.get("summary").asString()).isEqualTo("Kernel patching");
    assertThat(Instant.parse(stored.get("start").asString())).isEqualTo(start);
    assertThat(Instant.parse(stored.get("end").asString()))
        .isEqualTo(start.plus(Duration.ofMinutes(90)));
    assertThat(stored.get("services").get(0).get("id").asLong()).isEqualTo(601);
    assertThat(stored.get("alertSources").get(0).get("id").asLong()).isEqualTo(502);
  }

  @Test
  void responderIsForbiddenAndNothingIsCreated() {
    int before = windows().size();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER,
            "create_maintenance_window",
            "{\"summary\":\"x\",\"start\":\"now\",\"duration_minutes\":30,\"services\":[\"601\"]}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("so ilert would refuse it");
    assertThat(windows()).hasSize(before);
  }

  @Test
  void badArgumentsAreRefusedBeforeAnythingIsSent() {
    int before = windows().size();
    Sandbox.ToolCall naive =
        sandbox.result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"x\",\"start\":\"2030-01-01T10:00\",\"duration_minutes\":30,"
                + "\"services\":[\"601\"]}");
    assertThat(naive.text()).contains("no time zone");
    Sandbox.ToolCall nothing =
        sandbox.result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"x\",\"start\":\"now\",\"duration_minutes\":30}");
    assertThat(nothing.text()).contains("services or alert_sources");
    Sandbox.ToolCall both =
        sandbox.result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"x\",\"start\":\"now\",\"services\":[\"601\"]}");
    assertThat(both.text()).contains("exactly one of end or duration_minutes");
    Sandbox.ToolCall past =
        sandbox.result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"x\",\"start\":\"3d\",\"end\":\"2d\",\"services\":[\"601\"]}");
    assertThat(past.text()).contains("in the future");
    // "now" is one instant within a call: start now, end now is an empty window, not 1 µs.
    Sandbox.ToolCall empty =
        sandbox.result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"x\",\"start\":\"now\",\"end\":\"now\",\"services\":[\"601\"]}");
    assertThat(empty.isError()).as(empty.text()).isTrue();
    assertThat(empty.text()).contains("start must be before end");
    assertThat(windows()).hasSize(before);
  }

  @Test
  void outageDuringCreateIsReportedAsMaybeApplied() {
    sandbox.injectFault(
        FaultRule.serverError("/api/maintenance-windows", 500).method("POST").times(1));
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"x\",\"start\":\"now\",\"duration_minutes\":30,\"services\":[\"601\"]}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("unavailable").contains("read before retrying");
  }
}
