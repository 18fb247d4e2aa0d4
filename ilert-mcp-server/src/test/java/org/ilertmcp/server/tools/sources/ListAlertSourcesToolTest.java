package org.ilertmcp.server.tools.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListAlertSourcesToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static List<Long> walk(String key, int limit) {
    List<Long> ids = new ArrayList<>();
    String cursor = null;
    for (int i = 0; i < 20; i++) {
      String args =
          "{\"limit\":" + limit + (cursor == null ? "" : ",\"cursor\":\"" + cursor + "\"") + "}";
      Sandbox.ToolCall call = sandbox.result(key, "list_alert_sources", args);
      assertThat(call.isError()).as(call.text()).isFalse();
      call.structured().path("alert_sources").forEach(s -> ids.add(s.path("id").asLong()));
      if (!call.structured().has("next_cursor")) {
        break;
      }
      cursor = call.structured().path("next_cursor").asString();
    }
    return ids;
  }

  @Test
  void cursorWalksEverySourceOnceAndNeverShowsKeys() {
    List<Long> ids = walk(Sandbox.ADMIN, 3);
    assertThat(ids)
        .doesNotHaveDuplicates()
        .containsExactly(501L, 502L, 503L, 504L, 505L, 506L, 507L, 508L);
    Sandbox.ToolCall all = sandbox.result(Sandbox.ADMIN, "list_alert_sources", "{}");
    JsonNode prometheus = all.structured().path("alert_sources").get(0);
    assertThat(prometheus.path("name").asString()).isEqualTo("Prometheus production");
    assertThat(prometheus.path("type").asString()).isEqualTo("PROMETHEUS");
    assertThat(prometheus.path("escalation_policy").path("id").asLong()).isEqualTo(401);
    assertThat(all.text()).doesNotContain("demo-src-").doesNotContainIgnoringCase("integration");
  }

  @Test
  void aResponderOutsideThePrivateSecurityTeamDoesNotSeeItsSource() {
    assertThat(walk(Sandbox.RESPONDER, 50)).doesNotContain(507L).contains(501L, 508L);
  }

  @Test
  void rateLimitAndOutageAreActionable() {
    sandbox.injectFault(
        FaultRule.rateLimit("/api/alert-sources").method("GET").retryAfter(1).times(10));
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_alert_sources", "{}");
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    sandbox.injectFault(FaultRule.serverError("/api/alert-sources", 503).method("GET").times(10));
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_alert_sources", "{}");
    sandbox.emulator().faults().clear();
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("ilert is unavailable (HTTP 503)");
  }
}
