package org.ilertmcp.server.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SearchIlertApiToolTest {
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
  void findsOperationsWithTheirTiers() {
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.STAKEHOLDER, "search_ilert_api", "{\"query\":\"support hours\",\"limit\":5}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode ops = call.structured().path("operations");
    assertThat(ops.size()).isEqualTo(5);
    ops.forEach(o -> assertThat(o.path("path").asString()).startsWith("/support-hours"));
    JsonNode delete = null;
    for (JsonNode o : ops) {
      if (o.path("method").asString().equals("DELETE")) {
        delete = o;
      }
    }
    assertThat(delete).isNotNull();
    assertThat(delete.path("tier").asString()).isEqualTo("admin");
  }

  @Test
  void ranksPathMatchesFirstAndAnswersEmptyForNonsense() {
    JsonNode first =
        sandbox
            .result(Sandbox.ADMIN, "search_ilert_api", "{\"query\":\"accept alert\"}")
            .structured()
            .path("operations")
            .get(0);
    assertThat(first.path("path").asString()).isEqualTo("/alerts/{id}/accept");
    assertThat(first.path("tier").asString()).isEqualTo("respond");
    Sandbox.ToolCall none =
        sandbox.result(Sandbox.ADMIN, "search_ilert_api", "{\"query\":\"zzqx\"}");
    assertThat(none.isError()).isFalse();
    assertThat(none.structured().path("operations").size()).isZero();
  }
}
