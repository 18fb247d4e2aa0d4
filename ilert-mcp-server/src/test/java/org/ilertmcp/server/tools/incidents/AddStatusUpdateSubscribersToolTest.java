package org.ilertmcp.server.tools.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AddStatusUpdateSubscribersToolTest {
  private static final String ARGS =
      "{\"incident_id\":\"703\",\"users\":[\"Chloe Dubois\"],\"teams\":[\"Mobile\"]}";

  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private List<String> subscribers() {
    return IncidentFixtures.subscribers(sandbox, IncidentFixtures.ONGOING).stream()
        .map(s -> s.type() + ":" + s.id())
        .toList();
  }

  @Test
  void addsUsersAndTeamsByNameAndKeepsExistingOnes() {
    List<String> before = subscribers();
    Sandbox.ToolCall call = sandbox.result(Sandbox.USER, "add_status_update_subscribers", ARGS);
    assertThat(call.isError()).as(call.text()).isFalse();
    List<String> after = subscribers();
    assertThat(after)
        .containsAll(before)
        .contains("USER:1003", "TEAM:203")
        .hasSize(before.size() + 2);
    List<String> reported = new ArrayList<>();
    for (JsonNode s : call.structured().path("subscribers")) {
      reported.add(s.path("type").asString() + ":" + s.path("id").asLong());
    }
    assertThat(reported).containsExactlyInAnyOrderElementsOf(after);
    Sandbox.ToolCall again = sandbox.result(Sandbox.USER, "add_status_update_subscribers", ARGS);
    assertThat(again.isError()).as(again.text()).isFalse();
    assertThat(subscribers()).isEqualTo(after);
  }

  @Test
  void aFailedReadAfterTheWriteStillReportsWhoWasAdded() {
    IncidentFixtures.rateLimit(sandbox, "GET", "/api/incidents/703/private-subscribers");
    Sandbox.ToolCall call =
        sandbox.result(
            Sandbox.USER,
            "add_status_update_subscribers",
            "{\"incident_id\":\"703\",\"teams\":[\"203\"]}");
    assertThat(call.isError()).as(call.text()).isFalse();
    assertThat(call.structured().path("note").asString()).startsWith("Added");
    assertThat(call.structured().path("subscribers").get(0).path("id").asLong()).isEqualTo(203);
    sandbox.emulator().faults().clear();
    assertThat(subscribers()).contains("TEAM:203");
  }

  @Test
  void responderIsRefusedAndNothingChanges() {
    List<String> before = subscribers();
    Sandbox.ToolCall call =
        sandbox.result(Sandbox.RESPONDER, "add_status_update_subscribers", ARGS);
    assertThat(call.isError()).isTrue();
    assertThat(call.text()).contains("so ilert would refuse it");
    assertThat(subscribers()).isEqualTo(before);
  }

  @Test
  void missingSubscribersUnknownUserAndUnknownIncidentAreActionable() {
    List<String> before = subscribers();
    Sandbox.ToolCall none =
        sandbox.result(Sandbox.USER, "add_status_update_subscribers", "{\"incident_id\":\"703\"}");
    assertThat(none.text()).contains("at least one");
    Sandbox.ToolCall unknown =
        sandbox.result(
            Sandbox.USER,
            "add_status_update_subscribers",
            "{\"incident_id\":\"703\",\"users\":[\"Nobody Here\"]}");
    assertThat(unknown.text()).contains("No user named");
    Sandbox.ToolCall missing =
        sandbox.result(
            Sandbox.USER, "add_status_update_subscribers", ARGS.replace("703", "999999"));
    assertThat(missing.text()).startsWith("Not found");
    assertThat(subscribers()).isEqualTo(before);
  }

  @Test
  void rateLimitAndOutageAddNobody() {
    List<String> before = subscribers();
    IncidentFixtures.rateLimit(sandbox, "POST", "/api/incidents/703/private-subscribers");
    Sandbox.ToolCall limited = sandbox.result(Sandbox.USER, "add_status_update_subscribers", ARGS);
    assertThat(limited.text()).contains("rate limiting").contains("not applied");
    sandbox.emulator().faults().clear();
    IncidentFixtures.down(sandbox, "POST", "/api/incidents/703/private-subscribers");
    Sandbox.ToolCall down = sandbox.result(Sandbox.USER, "add_status_update_subscribers", ARGS);
    assertThat(down.isError()).isTrue();
    assertThat(down.text()).contains("unavailable");
    sandbox.emulator().faults().clear();
    assertThat(subscribers()).isEqualTo(before);
    assertThat(IncidentFixtures.subscribers(sandbox, IncidentFixtures.ONGOING))
        .extracting(Subscriber::type)
        .containsOnly("USER");
  }
}
