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

class GetStatusPageToolTest {
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

  private static ObjectNode stored(long id) {
    return sandbox.emulator().state().documents("status-pages").stream()
        .filter(d -> d.path("id").asLong() == id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void showsServicesWithStatusAndGroupsByName() {
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "get_status_page", "{\"status_page\":\"Acme Status\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode page = call.structured().path("status_page");
    ObjectNode doc = stored(ServiceFixtures.PUBLIC_PAGE);
    assertThat(page.path("id").asLong()).isEqualTo(ServiceFixtures.PUBLIC_PAGE);
    assertThat(page.path("timezone").asString()).isEqualTo(doc.path("timezone").asString());
    List<Long> serviceIds = new ArrayList<>();
    for (JsonNode s : page.path("services")) {
      long id = s.path("id").asLong();
      serviceIds.add(id);
      assertThat(s.path("name").asString()).isNotBlank();
      assertThat(s.path("status").asString())
          .isEqualTo(sandbox.emulator().state().serviceStatus(id).orElseThrow());
    }
    List<Long> expected = new ArrayList<>();
    doc.path("services").forEach(s -> expected.add(s.path("id").asLong()));
    assertThat(serviceIds).containsExactlyElementsOf(expected);
    JsonNode group = page.path("groups").get(0);
    assertThat(group.path("name").asString()).isEqualTo("Payments");
    List<Long> grouped = new ArrayList<>();
    group.path("service_ids").forEach(id -> grouped.add(id.asLong()));
    assertThat(grouped).containsExactly(601L, 602L);
  }

  @Test
  void byIdShowsAPrivatePage() {
    JsonNode page =
        sandbox
            .result(Sandbox.ADMIN, "get_status_page", "{\"status_page\":\"1402\"}")
            .structured()
            .path("status_page");
    assertThat(page.path("name").asString())
        .isEqualTo(stored(ServiceFixtures.PRIVATE_PAGE).path("name").asString());
    assertThat(page.path("visibility").asString()).isEqualTo("PRIVATE");
    assertThat(page.path("groups").size()).isZero();
  }

  @Test
  void takesTheIdInTheFormsOtherIdArgumentsTake() {
    for (String id : new String[] {"\"#1402\"", "1402"}) {
      Sandbox.ToolCall call =
          sandbox.result(Sandbox.ADMIN, "get_status_page", "{\"status_page\":" + id + "}");
      assertThat(call.isError()).as(call.text()).isFalse();
      assertThat(call.structured().path("status_page").path("id").asLong())
          .isEqualTo(ServiceFixtures.PRIVATE_PAGE);
    }
    Sandbox.ToolCall zero = sandbox.result(Sandbox.ADMIN, "get_status_page", "{\"status_page\":0}");
    assertThat(zero.isError()).isTrue();
    assertThat(zero.text()).contains("`status_page` is a numeric ilert id");
  }

  @Test
  void unknownPagesAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_status_page", "{\"status_page\":\"999999\"}");
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "get_status_page", "{\"status_page\":\"Nope\"}");
    assertThat(unknown.text()).contains("No status page named 'Nope'");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    ServiceFixtures.rateLimit(sandbox, "/api/status-pages/1401");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "get_status_page", "{\"status_page\":\"1401\"}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    ServiceFixtures.down(sandbox, "/api/status-pages/1401");
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "get_status_page", "{\"status_page\":\"1401\"}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
