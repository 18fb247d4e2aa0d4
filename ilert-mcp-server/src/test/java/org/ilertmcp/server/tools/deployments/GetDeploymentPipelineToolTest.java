package org.ilertmcp.server.tools.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetDeploymentPipelineToolTest {
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
  void getsByIdOrNameWithoutTheKey() {
    Sandbox.ToolCall byName =
        sandbox.result(Sandbox.ADMIN, "get_deployment_pipeline", "{\"pipeline\":\"Payments-API\"}");
    assertThat(byName.isError()).as(byName.text()).isFalse();
    JsonNode p = byName.structured().path("deployment_pipeline");
    assertThat(p.path("id").asLong()).isEqualTo(802);
    assertThat(p.path("type").asString()).isEqualTo("GITLAB");
    assertThat(p.path("created_at").asString()).endsWith("Z");
    assertThat(byName.text()).doesNotContain("demo-pipeline-payments-api");
    Sandbox.ToolCall byId =
        sandbox.result(Sandbox.RESPONDER, "get_deployment_pipeline", "{\"pipeline\":\"803\"}");
    assertThat(byId.structured().path("deployment_pipeline").path("name").asString())
        .isEqualTo("mobile-backend");
  }

  @Test
  void unknownAndAmbiguousNamesAndIdsAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_deployment_pipeline", "{\"pipeline\":\"9999\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "get_deployment_pipeline", "{\"pipeline\":\"frontend\"}");
    assertThat(unknown.text()).contains("No deployment pipeline named 'frontend'");
    Sandbox.ToolCall ambiguous =
        sandbox.result(Sandbox.ADMIN, "get_deployment_pipeline", "{\"pipeline\":\"-\"}");
    assertThat(ambiguous.text()).contains("matches several").contains("checkout-service (id 801)");
  }

  @Test
  void outageIsActionable() {
    sandbox.injectFault(
        FaultRule.serverError("/api/deployment-pipelines/801", 503).method("GET").times(10));
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "get_deployment_pipeline", "{\"pipeline\":\"801\"}");
    sandbox.emulator().faults().clear();
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("ilert is unavailable");
  }
}
