package org.ilertmcp.server.tools.services;

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

class ListStatusPagesToolTest {
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
  void listsPagesWithUrlVisibilityAndWorstServiceStatus() {
    List<ObjectNode> stored = sandbox.emulator().state().documents("status-pages");
    Sandbox.ToolCall call = sandbox.result(Sandbox.STAKEHOLDER, "list_status_pages", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode pages = call.structured().path("status_pages");
    List<Long> ids = new ArrayList<>();
    pages.forEach(p -> ids.add(p.path("id").asLong()));
    assertThat(ids)
        .containsExactlyElementsOf(stored.stream().map(d -> d.path("id").asLong()).toList());
    JsonNode acme = pages.get(ids.indexOf(ServiceFixtures.PUBLIC_PAGE));
    ObjectNode doc = stored.get(ids.indexOf(ServiceFixtures.PUBLIC_PAGE));
    assertThat(acme.path("url").asString())
        .isEqualTo("https://" + doc.path("subdomain").asString() + ".ilerthq.com");
    assertThat(acme.path("visibility").asString()).isEqualTo("PUBLIC");
    assertThat(acme.path("service_count").asInt()).isEqualTo(doc.path("services").size());
    assertThat(acme.path("status").asString())
        .isEqualTo(sandbox.emulator().state().serviceStatus(ServiceFixtures.MOBILE).orElseThrow());
    assertThat(pages.get(ids.indexOf(ServiceFixtures.PRIVATE_PAGE)).path("visibility").asString())
        .isEqualTo("PRIVATE");
  }

  @Test
  void pagesWithACursor() {
    JsonNode first =
        sandbox.result(Sandbox.ADMIN, "list_status_pages", "{\"limit\":1}").structured();
    assertThat(first.path("status_pages").size()).isEqualTo(1);
    JsonNode second =
        sandbox
            .result(
                Sandbox.ADMIN,
                "list_status_pages",
                "{\"limit\":1,\"cursor\":\"" + first.path("next_cursor").asString() + "\"}")
            .structured();
    assertThat(second.path("status_pages").get(0).path("id").asLong())
        .isNotEqualTo(first.path("status_pages").get(0).path("id").asLong());
  }

  @Test
  void rateLimitAndOutageAreReported() {
    ServiceFixtures.rateLimit(sandbox, "/api/status-pages");
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_status_pages", "{}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    ServiceFixtures.down(sandbox, "/api/status-pages");
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_status_pages", "{}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
