package org.ilertmcp.server.tools.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListDeploymentPipelinesToolTest {
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
  void listsPipelinesWithoutKeysEvenForAdmins() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "list_deployment_pipelines", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode pipelines = call.structured().path("deployment_pipelines");
    List<String> names = new ArrayList<>();
    pipelines.forEach(p -> names.add(p.path("name").asString()));
    List<String> expected = new ArrayList<>();
    sandbox
        .emulator()
        .state()
        .documents("deployment-pipelines")
        .forEach(p -> expected.add(p.get("name").asString()));
    assertThat(names).containsExactlyElementsOf(expected);
    assertThat(pipelines.get(0).path("type").asString()).isEqualTo("GITHUB");
    assertThat(pipelines.get(0).path("teams").get(0).path("name").asString()).isNotBlank();
    assertThat(call.text()).doesNotContain("demo-pipeline-").doesNotContain("integration");
  }

  @Test
  void cursorPagesThroughAllPipelines() {
    Sandbox.ToolCall first =
        sandbox.result(Sandbox.USER, "list_deployment_pipelines", "{\"limit\":2}");
    assertThat(first.structured().path("deployment_pipelines").size()).isEqualTo(2);
    String cursor = first.structured().path("next_cursor").asString();
    Sandbox.ToolCall rest =
        sandbox.result(
            Sandbox.USER,
            "list_deployment_pipelines",
            "{\"limit\":2,\"cursor\":\"" + cursor + "\"}");
    JsonNode last = rest.structured().path("deployment_pipelines");
    assertThat(last.size()).isEqualTo(1);
    assertThat(last.get(0).path("name").asString()).isEqualTo("mobile-backend");
    assertThat(rest.structured().has("next_cursor")).isFalse();
  }

  @Test
  void rateLimitIsActionable() {
    sandbox.injectFault(
        FaultRule.rateLimit("/api/deployment-pipelines").method("GET").retryAfter(1).times(10));
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_deployment_pipelines", "{}");
    sandbox.emulator().faults().clear();
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
  }
}
