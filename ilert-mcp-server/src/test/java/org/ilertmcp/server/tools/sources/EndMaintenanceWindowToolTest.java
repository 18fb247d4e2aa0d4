package org.ilertmcp.server.tools.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class EndMaintenanceWindowToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Optional<ObjectNode> window(long id) {
    return sandbox.emulator().state().documents("maintenance-windows").stream()
        .filter(w -> w.get("id").asLong() == id)
        .findFirst();
  }

  private long createActive() {
    return sandbox
        .result(
            Sandbox.USER,
            "create_maintenance_window",
            "{\"summary\":\"Now\",\"start\":\"10m\",\"duration_minutes\":120,"
                + "\"services\":[\"605\"]}")
        .structured()
        .path("maintenance_window")
        .path("id")
        .asLong();
  }

  @Test
  void anActiveWindowEndsNowAndIsKept() {
    long id = createActive();
    Instant before = Instant.now();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER, "end_maintenance_window", "{\"maintenance_window_id\":\"" + id + "\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("action").asString()).startsWith("ended");
    assertThat(call.structured().path("maintenance_window").path("phase").asString())
        .isEqualTo("ENDED");
    ObjectNode stored = window(id).orElseThrow();
    Instant end = Instant.parse(stored.get("end").asString());
    assertThat(end).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    assertThat(stored.get("summary").asString()).isEqualTo("Now");
    assertThat(stored.get("services").get(0).get("id").asLong()).isEqualTo(605);

    Sandbox.ToolCall again =
        sandbox.result(
            Sandbox.USER, "end_maintenance_window", "{\"maintenance_window_id\":\"" + id + "\"}");
    assertThat(again.structured().path("action").asString()).startsWith("none");
    assertThat(window(id).orElseThrow().get("end").asString())
        .isEqualTo(stored.get("end").asString());
  }

  @Test
  void aWindowThatHasNotStartedIsDeleted() {
    assertThat(window(1202)).isPresent();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN, "end_maintenance_window", "{\"maintenance_window_id\":\"1202\"}");
    assertThat(call.structured().path("action").asString()).startsWith("deleted");
    assertThat(window(1202)).isEmpty();
  }

  @Test
  void stakeholderIsForbiddenAndTheWindowIsUnchanged() {
    long id = createActive();
    String end = window(id).orElseThrow().get("end").asString();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.STAKEHOLDER,
            "end_maintenance_window",
            "{\"maintenance_window_id\":\"" + id + "\"}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("so ilert would refuse it");
    assertThat(window(id).orElseThrow().get("end").asString()).isEqualTo(end);
    Sandbox.ToolCall future =
        sandbox.result(
            Sandbox.RESPONDER, "end_maintenance_window", "{\"maintenance_window_id\":\"1202\"}");
    assertThat(future.isError()).isTrue();
    assertThat(window(1202)).isPresent();
  }

  @Test
  void unknownWindowIsNotFound() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN, "end_maintenance_window", "{\"maintenance_window_id\":\"424242\"}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).startsWith("Not found");
  }
}
