package org.ilertmcp.server.tools.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class RecordDeploymentEventToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<ObjectNode> events() {
    return sandbox.emulator().state().documents("deployment-events");
  }

  @Test
  void recordsAnEventOnThePipelineNamed() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER,
            "record_deployment_event",
            "{\"pipeline\":\"checkout-service\",\"summary\":\"checkout v2.4.1 to prod\","
                + "\"timestamp\":\"2026-11-20T10:00:00Z\",\"user_email\":\"ben@example.com\","
                + "\"version\":\"2.4.1\",\"environment\":\"production\","
                + "\"url\":\"https://ci.example.com/runs/7\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("accepted").asBoolean()).isTrue();
    assertThat(call.text()).doesNotContain("demo-pipeline-");
    List<ObjectNode> events = events();
    assertThat(events).hasSize(1);
    ObjectNode e = events.get(0);
    assertThat(e.get("pipelineId").asString()).isEqualTo("801");
    assertThat(e.get("summary").asString()).isEqualTo("checkout v2.4.1 to prod");
    assertThat(e.get("timestamp").asLong())
        .isEqualTo(Instant.parse("2026-11-20T10:00:00Z").getEpochSecond());
    assertThat(e.get("userEmail").asString()).isEqualTo("ben@example.com");
    assertThat(e.get("customDetails").get("version").asString()).isEqualTo("2.4.1");
    assertThat(e.get("links").get(0).get("href").asString())
        .isEqualTo("https://ci.example.com/runs/7");
  }

  @Test
  void aResponderCannotSeeTheKeyAndNothingIsRecorded() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.RESPONDER,
            "record_deployment_event",
            "{\"pipeline\":\"801\",\"summary\":\"sneaky\"}");
    assertThat(call.isError()).isTrue();
    assertThat(call.text())
        .contains("record_deployment_event needs an ilert role of USER or ADMIN");
    assertThat(events()).isEmpty();
  }

  @Test
  void unknownPipelineAndRateLimitRecordNothing() {
    Sandbox.ToolCall unknown =
        sandbox.result(
            Sandbox.USER, "record_deployment_event", "{\"pipeline\":\"nope\",\"summary\":\"x\"}");
    assertThat(unknown.text()).contains("No deployment pipeline named");
    sandbox.injectFault(
        FaultRule.rateLimit("/api/deployment-events").method("POST").retryAfter(1).times(10));
    Sandbox.ToolCall limited =
        sandbox.result(
            Sandbox.USER, "record_deployment_event", "{\"pipeline\":\"801\",\"summary\":\"x\"}");
    sandbox.emulator().faults().clear();
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    assertThat(events()).isEmpty();
  }
}
