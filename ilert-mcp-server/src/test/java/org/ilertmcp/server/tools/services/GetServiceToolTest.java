package org.ilertmcp.server.tools.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GetServiceToolTest {
  /** The demo organisation's private Security team; the stakeholder is not a member. */
  private static final long SECURITY_TEAM = 204;

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
  void showsStatusTeamsUptimeOutagesAndOpenIncidentsByName() {
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.STAKEHOLDER, "get_service", "{\"service\":\"Mobile Backend\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode s = call.structured().path("service");
    assertThat(s.path("id").asLong()).isEqualTo(ServiceFixtures.MOBILE);
    assertThat(s.path("status").asString())
        .isEqualTo(sandbox.emulator().state().serviceStatus(ServiceFixtures.MOBILE).orElseThrow());
    assertThat(s.path("alias").asString()).isEqualTo("mobile-api");
    assertThat(s.path("teams").get(0).path("name").asString()).isEqualTo("Mobile");
    assertThat(s.path("open_incidents").get(0).path("id").asLong()).isEqualTo(703);
    JsonNode outages = s.path("recent_outages");
    assertThat(outages.size()).isPositive();
    outages.forEach(o -> assertThat(o.path("status").asString()).isEqualTo("PARTIAL_OUTAGE"));
    assertThat(outages.get(0).path("from").asString())
        .isGreaterThanOrEqualTo(outages.get(outages.size() - 1).path("from").asString());
  }

  @Test
  void byIdGivesTheSameService() {
    JsonNode byId =
        sandbox.result(Sandbox.ADMIN, "get_service", "{\"service\":\"602\"}").structured();
    assertThat(byId.path("service").path("name").asString()).isEqualTo("Payments Gateway");
    assertThat(byId.path("service").path("recent_outages").get(0).path("minutes").asLong())
        .isEqualTo(45);
  }

  @Test
  void aServiceOfAPrivateTeamIsHiddenFromNonMembers() {
    Service vault =
        ServiceFixtures.client(sandbox)
            .services()
            .create(
                ServiceFixtures.admin(),
                new Service(
                    null,
                    "Vault",
                    null,
                    "OPERATIONAL",
                    null,
                    null,
                    null,
                    List.of(new TeamRel(SECURITY_TEAM, null)),
                    null,
                    null,
                    null));
    String args = "{\"service\":\"" + vault.id() + "\"}";
    Sandbox.ToolCall hidden = sandbox.result(Sandbox.STAKEHOLDER, "get_service", args);
    assertThat(hidden.isError()).isTrue();
    assertThat(hidden.text()).startsWith("Not found").contains("cannot see");
    Sandbox.ToolCall byName =
        sandbox.result(Sandbox.STAKEHOLDER, "get_service", "{\"service\":\"Vault\"}");
    assertThat(byName.text()).contains("No service named 'Vault'");
    Sandbox.ToolCall member = sandbox.result(Sandbox.ADMIN, "get_service", args);
    assertThat(member.isError()).as(member.text()).isFalse();
    assertThat(member.structured().path("service").path("name").asString()).isEqualTo("Vault");
  }

  @Test
  void unknownServicesAreActionable() {
    Sandbox.ToolCall missing =
        sandbox.result(Sandbox.ADMIN, "get_service", "{\"service\":\"999999\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    Sandbox.ToolCall unknown =
        sandbox.result(Sandbox.ADMIN, "get_service", "{\"service\":\"Mainframe\"}");
    assertThat(unknown.text()).contains("No service named 'Mainframe'");
  }

  @Test
  void rateLimitAndOutageAreReported() {
    ServiceFixtures.rateLimit(sandbox, "/api/services/604");
    Sandbox.ToolCall limited =
        sandbox.result(Sandbox.ADMIN, "get_service", "{\"service\":\"604\"}");
    assertThat(limited.text()).contains("rate limiting");
    sandbox.emulator().faults().clear();
    ServiceFixtures.down(sandbox, "/api/services/604");
    Sandbox.ToolCall down = sandbox.result(Sandbox.ADMIN, "get_service", "{\"service\":\"604\"}");
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
  }
}
