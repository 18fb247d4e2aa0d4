package org.ilertmcp.server.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** More than 100 open alerts: completion returns the newest 100 and says there are more. */
class CompletionCapTest {
  @Test
  void capsAtOneHundredNewestFirst() {
    try (Sandbox sandbox = Sandbox.start()) {
      int open = IlertCompletionsTest.openAlertIdsNewestFirst(sandbox).size();
      for (int i = open; i < 130; i++) {
        Sandbox.ToolCall created =
            sandbox.result(
                Sandbox.ADMIN,
                "create_alert",
                "{\"summary\":\"Cap test " + i + "\",\"alert_source\":\"501\"}");
        assertThat(created.isError()).as(created.text()).isFalse();
      }
      List<String> expected = IlertCompletionsTest.openAlertIdsNewestFirst(sandbox);
      assertThat(expected).hasSizeGreaterThanOrEqualTo(130);
      JsonNode completion =
          IlertCompletionsTest.complete(
              sandbox,
              Sandbox.ADMIN,
              "{\"type\":\"ref/prompt\",\"name\":\"triage_alert\"}",
              "alert_id",
              "");
      assertThat(IlertCompletionsTest.values(completion))
          .containsExactlyElementsOf(expected.subList(0, 100));
      assertThat(completion.path("total").asInt()).isEqualTo(expected.size());
      assertThat(completion.path("hasMore").asBoolean()).isTrue();
    }
  }
}
