package org.ilertmcp.server.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.resources.Rpc;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.AccessTier;
import org.junit.jupiter.api.Test;

/** A prompt names only tools the server offers. */
class IlertPromptsSelectionTest {
  @Test
  void toolsOutsideTheSelectionAreNotNamed() {
    try (Sandbox sandbox =
        Sandbox.start(
            Clock.systemUTC(),
            new ToolSelection(List.of("alerts"), List.of(), List.of(), AccessTier.READ))) {
      long id =
          sandbox.emulator().state().alertsWithKey("checkout-5xx").stream()
              .filter(a -> !a.status().equals("RESOLVED"))
              .findFirst()
              .orElseThrow()
              .id();
      String text =
          Rpc.result(
                  sandbox,
                  Sandbox.RESPONDER,
                  "prompts/get",
                  "{\"name\":\"triage_alert\",\"arguments\":{\"alert_id\":\"" + id + "\"}}")
              .path("messages")
              .get(0)
              .path("content")
              .path("text")
              .asString();
      assertThat(text).contains("`get_alert_timeline`", "`list_alerts`");
      assertThat(text).doesNotContain("who_is_on_call", "accept_alert", "create_status_update");
    }
  }
}
