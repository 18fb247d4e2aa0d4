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

class PreviewStatusUpdateNotificationsToolTest {
  private static final long WEB = 603;

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

  private static List<ObjectNode> pagesShowing(long service) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode page : sandbox.emulator().state().documents("status-pages")) {
      for (JsonNode s : page.path("services")) {
        if (s.path("id").asLong() == service) {
          out.add(page);
        }
      }
    }
    return out;
  }

  private static boolean isPublic(ObjectNode page) {
    return "PUBLIC".equals(page.path("visibility").asString());
  }

  /** Private subscribers of the private pages, as ilert lists them. */
  private static int privateSubscribers(List<ObjectNode> pages) {
    return pages.stream()
        .filter(p -> !isPublic(p))
        .mapToInt(
            p ->
                IncidentFixtures.client(sandbox)
                    .statusPages()
                    .privateSubscribers(IncidentFixtures.as(Sandbox.ADMIN), p.path("id").asLong())
                    .size())
        .sum();
  }

  @Test
  void forecastsPagesAndSubscribersWithoutSendingAnything() {
    List<ObjectNode> pages = pagesShowing(WEB);
    long publicPages =
        pages.stream().filter(p -> "PUBLIC".equals(p.path("visibility").asString())).count();
    int publicSubscribers =
        pages.stream()
            .filter(p -> "PUBLIC".equals(p.path("visibility").asString()))
            .mapToInt(p -> p.path("publicSubscriberCount").asInt())
            .sum();
    int updatesBefore = sandbox.emulator().state().incidentUpdates(IncidentFixtures.ONGOING).size();
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.STAKEHOLDER,
            "preview_status_update_notifications",
            "{\"services\":[\"Web Frontend\"]}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode result = call.structured();
    assertThat(result.path("public_status_pages").asLong()).isEqualTo(publicPages);
    assertThat(result.path("private_status_pages").asLong()).isEqualTo(pages.size() - publicPages);
    assertThat(result.path("public_subscribers").asInt()).isEqualTo(publicSubscribers);
    assertThat(result.path("private_subscribers").asInt()).isEqualTo(privateSubscribers(pages));
    assertThat(privateSubscribers(pages)).isPositive();
    assertThat(result.path("status_pages").get(0).path("name").asString())
        .isEqualTo(pages.get(0).path("name").asString());
    assertThat(sandbox.emulator().state().incidentUpdates(IncidentFixtures.ONGOING))
        .hasSize(updatesBefore);
    assertThat(
            IncidentFixtures.client(sandbox)
                .incidents()
                .listAll(
                    IncidentFixtures.as(Sandbox.ADMIN),
                    org.ilertmcp.client.incidents.IncidentQuery.all(),
                    100))
        .hasSize(3);
  }

  @Test
  void aServiceOnlyOnAPrivatePageReachesNoPublicSubscribers() {
    List<ObjectNode> pages = pagesShowing(606);
    assertThat(pages).isNotEmpty().noneMatch(PreviewStatusUpdateNotificationsToolTest::isPublic);
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.ADMIN, "preview_status_update_notifications", "{\"services\":[\"Login\"]}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("public_status_pages").asInt()).isZero();
    assertThat(call.structured().path("public_subscribers").asInt()).isZero();
    assertThat(call.structured().path("private_status_pages").asInt()).isEqualTo(pages.size());
  }

  @Test
  void unknownServiceAndEmptyListAreActionable() {
    Sandbox.ToolCall unknown =
        sandbox.result(
            Sandbox.ADMIN, "preview_status_update_notifications", "{\"services\":[\"Nope\"]}");
    assertThat(unknown.text()).contains("No service named");
    Sandbox.ToolCall empty =
        sandbox.result(Sandbox.ADMIN, "preview_status_update_notifications", "{\"services\":[]}");
    assertThat(empty.isError()).isTrue();
    assertThat(empty.text()).contains("at least one");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    IncidentFixtures.rateLimit(sandbox, "POST", "/api/incidents/publish-info");
    Sandbox.ToolCall limited =
        sandbox.result(
            Sandbox.ADMIN, "preview_status_update_notifications", "{\"services\":[\"603\"]}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    IncidentFixtures.down(sandbox, "POST", "/api/incidents/publish-info");
    Sandbox.ToolCall down =
        sandbox.result(
            Sandbox.ADMIN, "preview_status_update_notifications", "{\"services\":[\"603\"]}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
