package org.ilertmcp.server.tool.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class OutputTest {
  @Test
  void tokensOfTheTextEqualTokensOfTheTreeForAnyScript() {
    ObjectNode node = Json.object().put("a", "plain").put("b", "Zürich – 東京 \uD83D\uDD25 ok");
    node.putArray("c").add("x".repeat(37)).add(12).add(true);
    assertThat(Output.tokens(Json.write(node))).isEqualTo(Output.tokens(node));
  }

  @Test
  void aResultThatFitsIsItsOwnTextAndKeepsItsCursor() {
    ObjectNode result = Json.object();
    result.putArray("alerts").add(Json.object().put("id", 1)).add(Json.object().put("id", 2));
    ToolResult out = Output.list(result, "alerts", 1000, kept -> "after-" + kept);
    assertThat(out.structuredContent().path("next_cursor").asString()).isEqualTo("after-2");
    assertThat(out.structuredContent().has("truncated")).isFalse();
    assertThat(out.firstText()).isEqualTo(Json.write(out.structuredContent()));
  }

  @Test
  void aResultOverTheBudgetIsCutFromTheEndAndSaysSo() {
    ObjectNode result = Json.object();
    ArrayNode alerts = result.putArray("alerts");
    for (int i = 0; i < 50; i++) {
      alerts.add(Json.object().put("id", i).put("summary", "alert number " + i));
    }
    ToolResult out = Output.list(result, "alerts", 200, kept -> "after-" + kept);
    int kept = out.structuredContent().path("alerts").size();
    assertThat(kept).isBetween(1, 49);
    assertThat(out.structuredContent().path("next_cursor").asString()).isEqualTo("after-" + kept);
    assertThat(out.structuredContent().path("truncated").path("omitted").asInt())
        .isEqualTo(50 - kept);
    assertThat(Output.tokens(out.structuredContent())).isLessThanOrEqualTo(200);
    assertThat(out.firstText()).isEqualTo(Json.write(out.structuredContent()));
  }
}
