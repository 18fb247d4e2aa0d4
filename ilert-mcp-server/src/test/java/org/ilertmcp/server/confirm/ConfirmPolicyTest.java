package org.ilertmcp.server.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ilertmcp.server.tool.Preview;
import org.junit.jupiter.api.Test;

/** What {@code --confirm} and a request's {@code X-ILERT-MCP-Confirm} cover. */
class ConfirmPolicyTest {
  private static final Set<String> WRITES =
      Set.of(
          "resolve_alert",
          "accept_alert",
          "create_alert",
          "run_alert_action",
          "create_status_update",
          "call_ilert_api");
  private static final Preview PLAIN = Preview.of("change");
  private static final Preview HIGH = Preview.of("change").highImpact(true);

  @Test
  void defaultCoversHighImpactCallsAndAlwaysCoveredToolsOnly() {
    ConfirmPolicy policy = ConfirmPolicy.parse(List.of("default"), WRITES);
    assertThat(policy.covers("resolve_alert", PLAIN)).as("a LOW alert").isFalse();
    assertThat(policy.covers("resolve_alert", HIGH)).as("a HIGH alert").isTrue();
    assertThat(policy.covers("create_status_update", PLAIN)).as("no subscribers").isFalse();
    assertThat(policy.covers("create_status_update", HIGH)).as("notifies subscribers").isTrue();
    assertThat(policy.covers("run_alert_action", PLAIN)).isTrue();
    assertThat(policy.covers("call_ilert_api", PLAIN)).isTrue();
    assertThat(policy.covers("accept_alert", HIGH)).isFalse();
    assertThat(policy.describe()).isEqualTo("default");
  }

  @Test
  void noneAllAndToolListsCombine() {
    assertThat(ConfirmPolicy.parse(List.of("none"), WRITES).covers("run_alert_action", HIGH))
        .isFalse();
    assertThat(ConfirmPolicy.parse(List.of("all"), WRITES).covers("accept_alert", PLAIN)).isTrue();
    ConfirmPolicy listed = ConfirmPolicy.parse(List.of("default", "create_alert"), WRITES);
    assertThat(listed.covers("create_alert", PLAIN)).isTrue();
    assertThat(listed.covers("resolve_alert", PLAIN)).isFalse();
    assertThat(listed.covers("resolve_alert", HIGH)).isTrue();
  }

  @Test
  void anUnknownToolIsAStartupErrorNamingTheChoices() {
    assertThatThrownBy(() -> ConfirmPolicy.parse(List.of("resolve_alerts"), WRITES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'resolve_alerts'")
        .hasMessageContaining("default, none, all")
        .hasMessageContaining("resolve_alert");
  }

  @Test
  void aRequestMayAddButNeverRemove() {
    ConfirmPolicy server = ConfirmPolicy.parse(List.of("default"), WRITES);
    assertThat(server.withRequested(Optional.of("none")).covers("run_alert_action", PLAIN))
        .as("none from a request removes nothing")
        .isTrue();
    ConfirmPolicy added = server.withRequested(Optional.of("accept_alert"));
    assertThat(added.covers("accept_alert", PLAIN)).isTrue();
    assertThat(added.covers("run_alert_action", PLAIN)).isTrue();
    assertThat(server.withRequested(Optional.of("all")).covers("create_alert", PLAIN)).isTrue();
    ConfirmPolicy none = ConfirmPolicy.parse(List.of("none"), WRITES);
    assertThat(none.withRequested(Optional.of("default")).covers("resolve_alert", HIGH)).isTrue();
  }

  @Test
  void aRequestValueSpelledWrongCoversEveryWrite() {
    ConfirmPolicy none = ConfirmPolicy.parse(List.of("none"), WRITES);
    ConfirmPolicy typo = none.withRequested(Optional.of("acept_alert"));
    assertThat(typo.covers("create_alert", PLAIN)).isTrue();
    assertThat(typo.covers("accept_alert", PLAIN)).isTrue();
    assertThat(none.withRequested(Optional.of(" ")).covers("create_alert", PLAIN)).isFalse();
  }
}
