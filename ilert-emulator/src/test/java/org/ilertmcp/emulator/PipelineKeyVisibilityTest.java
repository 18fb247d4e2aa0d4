package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A deployment pipeline's integration key is shown only to roles that may manage it. */
class PipelineKeyVisibilityTest {

  @Test
  void onlyManagersSeeThePipelineKey() {
    try (Sandbox s = new Sandbox(Instant.parse("2026-03-02T10:00:00Z"))) {
      JsonNode forUser = s.expect(200, Sandbox.USER, "GET", "/api/deployment-pipelines/801", null);
      assertThat(forUser.path("integrationKey").asString())
          .isEqualTo("demo-pipeline-checkout-service");
      JsonNode forResponder =
          s.expect(200, Sandbox.RESPONDER, "GET", "/api/deployment-pipelines/801", null);
      assertThat(forResponder.has("integrationKey")).isFalse();
      assertThat(forResponder.has("integrationUrl")).isFalse();
      assertThat(forResponder.path("name").asString()).isEqualTo("checkout-service");
      JsonNode list = s.expect(200, Sandbox.STAKEHOLDER, "GET", "/api/deployment-pipelines", null);
      list.forEach(p -> assertThat(p.has("integrationKey")).isFalse());
    }
  }
}
