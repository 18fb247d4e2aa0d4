package org.ilertmcp.server.tools.services;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.services.ServicesApi;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListServicesToolTest {
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

  private static List<Long> allIds() {
    return ServiceFixtures.client(sandbox)
        .services()
        .listAll(ServiceFixtures.admin(), List.of(), 1000)
        .stream()
        .map(Service::id)
        .toList();
  }

  @Test
  void listsStatusUptimeAndOpenIncidentsAsInIlert() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.STAKEHOLDER, "list_services", "{}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode services = call.structured().path("services");
    List<Long> ids = new ArrayList<>();
    for (JsonNode s : services) {
      long id = s.path("id").asLong();
      ids.add(id);
      assertThat(s.path("status").asString())
          .isEqualTo(sandbox.emulator().state().serviceStatus(id).orElseThrow());
      assertThat(s.path("uptime_percent").path("last_90d").asDouble()).isBetween(0.0, 100.0);
    }
    assertThat(ids).containsExactlyElementsOf(allIds());
    JsonNode mobile = services.get(ids.indexOf(ServiceFixtures.MOBILE));
    assertThat(mobile.path("open_incidents").get(0).path("id").asLong()).isEqualTo(703);
    assertThat(mobile.path("uptime_percent").path("last_30d").asDouble()).isLessThan(100.0);
    assertThat(services.get(ids.indexOf(ServiceFixtures.PAYMENTS)).path("open_incidents").size())
        .isZero();
  }

  @Test
  void filtersByStatusAndWalksPagesWithoutRepeats() {
    Sandbox.ToolCall degraded =
        sandbox.result(Sandbox.ADMIN, "list_services", "{\"statuses\":[\"PARTIAL_OUTAGE\"]}");
    List<Long> matched = new ArrayList<>();
    degraded.structured().path("services").forEach(s -> matched.add(s.path("id").asLong()));
    assertThat(matched).containsExactly(ServiceFixtures.MOBILE);
    List<Long> seen = new ArrayList<>();
    String args = "{\"limit\":2}";
    for (int i = 0; i < 10; i++) {
      JsonNode page = sandbox.result(Sandbox.ADMIN, "list_services", args).structured();
      page.path("services").forEach(s -> seen.add(s.path("id").asLong()));
      if (!page.has("next_cursor")) {
        break;
      }
      args = "{\"limit\":2,\"cursor\":\"" + page.path("next_cursor").asString() + "\"}";
    }
    assertThat(seen).doesNotHaveDuplicates().containsExactlyElementsOf(allIds());
  }

  @Test
  void asksIlertForThePageItShowsAndMoreOnlyWhenItFiltersItself() {
    sandbox.emulator().requests().clear();
    Sandbox.ToolCall two = sandbox.result(Sandbox.ADMIN, "list_services", "{\"limit\":2}");
    assertThat(two.structured().path("services").size()).isEqualTo(2);
    assertThat(two.structured().has("next_cursor")).isTrue();
    assertThat(serviceListRequests())
        .as("one page of the limit: without a status filter every service read is shown")
        .singleElement(as(InstanceOfAssertFactories.STRING))
        .containsPattern("max-results=2(&|$)");

    sandbox.emulator().requests().clear();
    sandbox.result(Sandbox.ADMIN, "list_services", "{\"statuses\":[\"OPERATIONAL\"],\"limit\":2}");
    assertThat(serviceListRequests())
        .as("ilert has no status filter: pages of ilert's most with include")
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r)
                    .containsPattern("max-results=" + ServicesApi.MAX_PAGE_WITH_INCLUDE + "(&|$)"));
  }

  private static List<String> serviceListRequests() {
    return sandbox.emulator().requests().list().stream()
        .filter(r -> r.startsWith("GET /api/services?"))
        .toList();
  }

  @Test
  void rateLimitAndOutageAreReported() {
    ServiceFixtures.rateLimit(sandbox, "/api/services");
    Sandbox.ToolCall limited = sandbox.result(Sandbox.ADMIN, "list_services", "{}");
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    ServiceFixtures.down(sandbox, "/api/services");
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "list_services", "{}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
    Sandbox.ToolCall cursor = sandbox.result(Sandbox.ADMIN, "list_services", "{\"cursor\":\"x\"}");
    assertThat(cursor.text()).contains("next_cursor");
  }
}
