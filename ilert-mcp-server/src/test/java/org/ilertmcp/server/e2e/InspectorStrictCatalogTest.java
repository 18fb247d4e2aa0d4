package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolCatalog;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.tool.AccessTier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The MCP Inspector CLI in strict mode reports nothing for the full catalogue. */
class InspectorStrictCatalogTest {

  @Test
  void fullCatalogueHasNoStrictFindings() throws Exception {
    NodeTools node = NodeTools.installed();
    String inspector =
        node.module("@modelcontextprotocol/inspector/clients/launcher/build/index.js").toString();
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(
            new ToolSelection(List.of("all"), List.of(), List.of(), AccessTier.ADMIN),
            8000,
            Duration.ofSeconds(20));
    try (SandboxMode sandbox =
        SandboxMode.start(settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 0)) {
      NodeTools.Result run =
          node.run(
              Duration.ofSeconds(90),
              Map.of(),
              inspector,
              "--cli",
              sandbox.http().url().toString(),
              "--header",
              "Authorization: Bearer demo-admin-key",
              "--method",
              "tools/list",
              "--strict",
              "--format",
              "json",
              "-q");
      assertThat(run.exitCode()).as(run.output()).isZero();
      assertThat(run.output())
          .as(run.output())
          .doesNotContain("schema_unportable", "Schema portability", "Warning");
      JsonNode envelope = lastJsonObject(run.output());
      assertThat(envelope.has("schemaFindings")).as("findings: %s", envelope).isFalse();
      List<String> names = new ArrayList<>();
      envelope.path("result").path("tools").forEach(t -> names.add(t.path("name").asString()));
      assertThat(names).hasSize(ToolCatalog.all().size());
      System.out.println("inspector --strict: " + names.size() + " tools, no findings");
    }
  }

  static JsonNode lastJsonObject(String output) {
    int start = output.indexOf('{');
    if (start < 0) {
      throw new AssertionError("no JSON in:\n" + output);
    }
    return Json.parse(output.substring(start).strip());
  }
}
