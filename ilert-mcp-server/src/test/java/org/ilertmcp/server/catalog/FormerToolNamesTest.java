package org.ilertmcp.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renamed tools keep their former names: a call by the old name reaches the same tool, lists show
 * only the new name, and a selection may still name the old one.
 */
class FormerToolNamesTest {
  private static final String KEY = "demo-user-key";
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox =
        Sandbox.start(
            Clock.systemUTC(),
            new ToolSelection(List.of("all"), List.of(), List.of(), AccessTier.MANAGE));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Map<String, String> formerNames() {
    Map<String, String> out = new LinkedHashMap<>();
    for (IlertTool tool : ToolCatalog.all()) {
      tool.spec().formerNames().forEach(old -> out.put(old, tool.spec().name()));
    }
    return out;
  }

  @Test
  void theStatusUpdateToolsKeepTheirIncidentNames() {
    Map<String, String> table = formerNames();
    table.forEach((old, name) -> System.out.println("former tool name: " + old + " -> " + name));
    assertThat(table)
        .containsEntry("create_incident", "create_status_update")
        .containsEntry("update_incident", "update_status_update")
        .containsEntry("get_incident", "get_status_update")
        .containsEntry("list_incidents", "list_status_updates")
        .containsEntry("add_incident_subscribers", "add_status_update_subscribers")
        .containsEntry("list_incident_templates", "list_status_update_templates")
        .containsEntry("preview_incident_notifications", "preview_status_update_notifications");
  }

  @Test
  void listsShowOnlyTheNewNames() {
    List<String> listed = new ArrayList<>();
    listTools().path("result").path("tools").forEach(t -> listed.add(t.path("name").asString()));
    assertThat(listed).containsAll(formerNames().values());
    assertThat(listed).doesNotContainAnyElementsOf(formerNames().keySet());
  }

  @Test
  void aCallByAFormerNameIsAnsweredByTheRenamedTool() {
    for (Map.Entry<String, String> e : formerNames().entrySet()) {
      JsonNode byOld = sandbox.call(KEY, e.getKey(), "{}");
      JsonNode byNew = sandbox.call(KEY, e.getValue(), "{}");
      assertThat(byOld.has("error")).as(e.getKey() + " is a known tool: " + byOld).isFalse();
      assertThat(byOld.path("result")).as(e.getKey()).isEqualTo(byNew.path("result"));
    }
    Sandbox.ToolCall listed = sandbox.result(KEY, "list_incidents", "{}");
    assertThat(listed.isError()).as(listed.text()).isFalse();
    assertThat(listed.structured())
        .isEqualTo(sandbox.result(KEY, "list_status_updates", "{}").structured());
  }

  @Test
  void aSelectionMayNameTheFormerName() {
    List<IlertTool> selected =
        new ToolSelection(List.of(), List.of("create_incident"), List.of(), AccessTier.MANAGE)
            .apply(ToolCatalog.all());
    assertThat(selected).extracting(t -> t.spec().name()).containsExactly("create_status_update");
  }

  private static JsonNode listTools() {
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", 1);
    request.put("method", "tools/list");
    McpSession session =
        new McpSession(
            null, McpSession.hash(Optional.of("Bearer " + KEY)), ProtocolVersions.V2025_11_25);
    return sandbox
        .server()
        .mcp()
        .handleRequest(request, Inbound.of(session, Optional.of("Bearer " + KEY), Outbound.NONE));
  }
}
