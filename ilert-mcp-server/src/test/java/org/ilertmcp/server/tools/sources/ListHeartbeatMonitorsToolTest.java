package org.ilertmcp.server.tools.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListHeartbeatMonitorsToolTest {
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
  void listsMonitorsWithoutKeys() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "list_heartbeat_monitors", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode monitors = call.structured().path("heartbeat_monitors");
    assertThat(monitors.size()).isEqualTo(2);
    JsonNode backup = monitors.get(0);
    assertThat(backup.path("name").asString()).isEqualTo("nightly-backup");
    assertThat(backup.path("state").asString()).isEqualTo("HEALTHY");
    assertThat(backup.path("interval_sec").asInt()).isEqualTo(86400);
    assertThat(call.structured().has("next_cursor")).isFalse();
    assertThat(call.text()).doesNotContain("demo-heartbeat-");
  }

  @Test
  void followsIlertsCursorPageByPage() {
    Sandbox.ToolCall first =
        sandbox.result(Sandbox.ADMIN, "list_heartbeat_monitors", "{\"limit\":1}");
    assertThat(first.structured().path("heartbeat_monitors").get(0).path("id").asLong())
        .isEqualTo(1501);
    String cursor = first.structured().path("next_cursor").asString();
    assertThat(cursor).isNotBlank();
    Sandbox.ToolCall second =
        sandbox.result(
            Sandbox.ADMIN,
            "list_heartbeat_monitors",
            "{\"limit\":1,\"cursor\":\"" + cursor + "\"}");
    assertThat(second.structured().path("heartbeat_monitors").get(0).path("id").asLong())
        .isEqualTo(1502);
  }

  @Test
  void badCursorAndOutageAreActionable() {
    Sandbox.ToolCall bad =
        sandbox.result(Sandbox.ADMIN, "list_heartbeat_monitors", "{\"cursor\":\"nope\"}");
    assertThat(bad.isError()).isTrue();
    assertThat(bad.text()).contains("next_cursor");
    sandbox.injectFault(
        FaultRule.serverError("/api/heartbeat-monitors", 502).method("GET").times(10));
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_heartbeat_monitors", "{}");
    sandbox.emulator().faults().clear();
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
