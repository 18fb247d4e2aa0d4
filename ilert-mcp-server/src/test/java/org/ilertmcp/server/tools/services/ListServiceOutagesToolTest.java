package org.ilertmcp.server.tools.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ilertmcp.client.outages.OutageQuery;
import org.ilertmcp.client.outages.ServiceOutage;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListServiceOutagesToolTest {
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
  void listsOutagesNewestFirstWithTheirLength() {
    List<ServiceOutage> expected =
        ServiceFixtures.client(sandbox)
            .serviceOutages()
            .list(
                ServiceFixtures.admin(), new OutageQuery(ServiceFixtures.MOBILE, null, null, null))
            .stream()
            .sorted(Comparator.comparing(ServiceOutage::from).reversed())
            .toList();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.STAKEHOLDER, "list_service_outages", "{\"service\":\"Mobile Backend\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode outages = call.structured().path("outages");
    assertThat(call.structured().path("service_id").asLong()).isEqualTo(ServiceFixtures.MOBILE);
    List<String> from = new ArrayList<>();
    outages.forEach(o -> from.add(o.path("from").asString()));
    assertThat(from)
        .isNotEmpty()
        .containsExactlyElementsOf(expected.stream().map(o -> o.from().toString()).toList());
    JsonNode payments =
        sandbox
            .result(Sandbox.ADMIN, "list_service_outages", "{\"service\":\"Payments Gateway\"}")
            .structured()
            .path("outages");
    assertThat(payments.size()).isEqualTo(1);
    assertThat(payments.get(0).path("status").asString()).isEqualTo("MAJOR_OUTAGE");
    assertThat(payments.get(0).path("minutes").asLong()).isEqualTo(45);
  }

  @Test
  void aTimeRangeNarrowsTheList() {
    JsonNode recent =
        sandbox
            .result(
                Sandbox.ADMIN,
                "list_service_outages",
                "{\"service\":\"602\",\"from\":\"3d\",\"until\":\"now\"}")
            .structured();
    assertThat(recent.path("outages").size()).isZero();
  }

  @Test
  void badArgumentsAreActionable() {
    Sandbox.ToolCall naive =
        sandbox.result(
            Sandbox.ADMIN,
            "list_service_outages",
            "{\"service\":\"602\",\"from\":\"2026-01-01T00:00\"}");
    assertThat(naive.text()).contains("no time zone");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "list_service_outages", "{\"service\":\"Mainframe\"}");
    assertThat(unknown.text()).contains("No service named");
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "list_service_outages", "{\"service\":\"999999\"}");
    assertThat(missing.text()).startsWith("Not found");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    ServiceFixtures.rateLimit(sandbox, "/api/service-outages");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "list_service_outages", "{\"service\":\"602\"}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    ServiceFixtures.down(sandbox, "/api/service-outages");
    Sandbox.ToolCall down =
        sandbox.result(Sandbox.ADMIN, "list_service_outages", "{\"service\":\"602\"}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
