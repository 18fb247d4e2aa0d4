package org.ilertmcp.server.tools.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ListStatusUpdateTemplatesToolTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void clearFaults() {
    sandbox.emulator().faults().clear();
  }

  @Test
  void listsTheTemplatesWithTheirTexts() {
    List<ObjectNode> stored = sandbox.emulator().state().documents("incident-templates");
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "list_status_update_templates", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode templates = call.structured().path("templates");
    assertThat(templates.size()).isEqualTo(stored.size());
    List<String> names = new ArrayList<>();
    templates.forEach(t -> names.add(t.path("name").asString()));
    assertThat(names)
        .containsExactlyElementsOf(stored.stream().map(d -> d.path("name").asString()).toList());
    JsonNode first = templates.get(0);
    ObjectNode expected = stored.get(0);
    assertThat(first.path("id").asLong()).isEqualTo(expected.path("id").asLong());
    assertThat(first.path("summary").asString()).isEqualTo(expected.path("summary").asString());
    assertThat(first.path("status").asString()).isEqualTo(expected.path("status").asString());
    assertThat(first.path("message").asString()).isEqualTo(expected.path("message").asString());
    assertThat(call.structured().has("next_cursor")).isFalse();
  }

  @Test
  void aFullPageOffersACursorThatEndsTheList() {
    Sandbox.ToolCall first =
        sandbox.result(Sandbox.ADMIN, "list_status_update_templates", "{\"limit\":1}");
    assertThat(first.structured().path("templates").size()).isEqualTo(1);
    String cursor = first.structured().path("next_cursor").asString();
    Sandbox.ToolCall next =
        sandbox.result(
            Sandbox.ADMIN,
            "list_status_update_templates",
            "{\"limit\":1,\"cursor\":\"" + cursor + "\"}");
    assertThat(next.structured().path("templates").size())
        .isEqualTo(sandbox.emulator().state().documents("incident-templates").size() - 1);
    Sandbox.ToolCall bad =
        sandbox.result(Sandbox.ADMIN, "list_status_update_templates", "{\"cursor\":\"???\"}");
    assertThat(bad.text()).contains("next_cursor");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    IncidentFixtures.rateLimit(sandbox, "GET", "/api/incident-templates");
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_status_update_templates", "{}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    IncidentFixtures.down(sandbox, "GET", "/api/incident-templates");
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_status_update_templates", "{}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
