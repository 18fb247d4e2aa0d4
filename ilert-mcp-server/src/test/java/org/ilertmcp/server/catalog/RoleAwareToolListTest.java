package org.ilertmcp.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.KeyRoles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tool list follows the ilert role of the key's user: a key is offered only what ilert lets it
 * do, and calling a tool its role does not allow is refused with the reason before anything is sent
 * to ilert.
 */
class RoleAwareToolListTest {
  private static final String SECURITY_RESPONDER = "demo-security-responder-key";
  private static final List<IlertTool> DEFAULT = ToolSelection.defaults().apply(ToolCatalog.all());
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(Clock.systemUTC(), ToolSelection.defaults());
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void eachDemoRoleIsOfferedExactlyTheDefaultToolsItsRoleAllows() {
    Map<String, AccessTier> tierByKey =
        Map.of(
            Sandbox.ADMIN,
            AccessTier.MANAGE, // the default ceiling is manage
            Sandbox.USER,
            AccessTier.MANAGE,
            Sandbox.RESPONDER,
            AccessTier.RESPOND,
            SECURITY_RESPONDER,
            AccessTier.RESPOND,
            Sandbox.STAKEHOLDER,
            AccessTier.READ);
    tierByKey.forEach(
        (key, tier) ->
            assertThat(Set.copyOf(sandbox.toolNames(key)))
                .as(key)
                .isEqualTo(
                    DEFAULT.stream()
                        .filter(t -> tier.allows(t.spec().tier()))
                        .map(t -> t.spec().name())
                        .collect(Collectors.toSet())));
  }

  @Test
  void aStakeholderIsOfferedOnlyReadsAndAResponderNoIncidentCommunication() {
    List<String> stakeholder = sandbox.toolNames(Sandbox.STAKEHOLDER);
    assertThat(stakeholder)
        .contains("list_alerts", "get_alert", "who_is_on_call", "investigate_alert")
        .doesNotContain("accept_alert", "resolve_alert", "create_status_update");
    List<String> responder = sandbox.toolNames(Sandbox.RESPONDER);
    assertThat(responder)
        .contains("accept_alert", "resolve_alert", "comment_on_alert")
        .doesNotContain(
            "create_status_update", "create_schedule_override", "create_maintenance_window");
    assertThat(sandbox.toolNames(Sandbox.USER))
        .contains("accept_alert", "create_status_update", "create_schedule_override");
  }

  @Test
  void callingAToolTheRoleDoesNotAllowIsRefusedWithTheReasonAndNothingChanges() {
    // A fresh server that never listed tools for the key: the call reads the role itself.
    try (Sandbox fresh = Sandbox.start(Clock.systemUTC(), ToolSelection.defaults())) {
      long pending =
          fresh
              .result(Sandbox.USER, "list_alerts", "{\"states\":\"pending\",\"limit\":1}")
              .structured()
              .path("alerts")
              .path(0)
              .path("id")
              .asLong();
      Sandbox.ToolCall refused =
          fresh.result(Sandbox.STAKEHOLDER, "accept_alert", "{\"alert_id\":" + pending + "}");
      assertThat(refused.isError()).isTrue();
      assertThat(refused.text())
          .contains("accept_alert needs an ilert role of RESPONDER, USER or ADMIN")
          .contains("role STAKEHOLDER");
      assertThat(fresh.emulator().state().alert(pending).orElseThrow().status())
          .isEqualTo("PENDING");

      String before = fresh.emulator().state().fingerprint();
      Sandbox.ToolCall notResponder =
          fresh.result(
              Sandbox.RESPONDER,
              "create_status_update",
              "{\"summary\":\"Checkout degraded\",\"services\":[\"Checkout API\"],"
                  + "\"impact\":\"degraded\",\"notify_subscribers\":true}");
      assertThat(notResponder.isError()).isTrue();
      assertThat(notResponder.text())
          .contains("create_status_update needs an ilert role of USER or ADMIN")
          .contains("role RESPONDER");
      assertThat(fresh.emulator().state().fingerprint()).isEqualTo(before);
    }
  }

  @Test
  void whenTheRoleCannotBeReadTheListFollowsTheServerAndIlertJudgesEachCall() {
    try (Sandbox fresh = Sandbox.start(Clock.systemUTC(), ToolSelection.defaults())) {
      String down = fresh.injectFault(FaultRule.serverError("/api/users/current", 503)).id();
      assertThat(fresh.toolNames(Sandbox.STAKEHOLDER)).contains("accept_alert");
      // the list is not held up by retries: one attempt, then the whole list
      assertThat(fresh.emulator().faults().hits(down)).isEqualTo(1);
      fresh.emulator().faults().clear();
      // The unknown role is kept briefly; the call reaches ilert, which refuses it.
      Sandbox.ToolCall refused =
          fresh.result(Sandbox.STAKEHOLDER, "accept_alert", "{\"alert_id\":1}");
      assertThat(refused.isError()).isTrue();
      assertThat(refused.text()).contains("not allowed");
    }
  }

  @Test
  void ilertRolesMapToTheTiersTheBannerPromises() {
    assertThat(KeyRoles.tierOf("ADMIN")).contains(AccessTier.ADMIN);
    assertThat(KeyRoles.tierOf("user")).contains(AccessTier.MANAGE);
    assertThat(KeyRoles.tierOf("RESPONDER")).contains(AccessTier.RESPOND);
    assertThat(KeyRoles.tierOf("STAKEHOLDER")).contains(AccessTier.READ);
    assertThat(KeyRoles.tierOf("GUEST")).contains(AccessTier.READ);
    assertThat(KeyRoles.tierOf(null)).isEmpty();
  }
}
