package org.ilertmcp.server.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.catalog.RequestAccess;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CallIlertApiToolTest {
  private Sandbox sandbox;

  @BeforeEach
  void start() {
    sandbox = Sandbox.start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private Sandbox.ToolCall call(String key, String args) {
    return sandbox.result(key, "call_ilert_api", args);
  }

  /** A tools/call whose request lowers its tier with the X-ILERT-MCP-Access header. */
  private JsonNode callWithAccess(String access, String args) {
    ObjectNode params = Json.object().put("name", "call_ilert_api");
    params.set("arguments", Json.parse(args));
    ObjectNode request =
        Json.object().put("jsonrpc", "2.0").put("id", 1).put("method", "tools/call");
    request.set("params", params);
    Optional<String> credential = Optional.of("Bearer " + Sandbox.ADMIN);
    McpSession session =
        new McpSession(null, McpSession.hash(credential), ProtocolVersions.V2025_11_25);
    Inbound inbound =
        new Inbound(
            session,
            credential,
            session.protocolVersion(),
            name ->
                name.equalsIgnoreCase(RequestAccess.ACCESS_HEADER)
                    ? Optional.of(access)
                    : Optional.empty(),
            name -> Optional.empty(),
            Outbound.NONE);
    return sandbox.server().mcp().handleRequest(request, inbound).path("result");
  }

  private long pendingAlert() {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> a.status().equals("PENDING"))
        .map(AlertSnapshot::id)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aGetWorksAndMatchesTheEmulator() {
    long id = pendingAlert();
    Sandbox.ToolCall get =
        call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/api/alerts/" + id + "\"}");
    assertThat(get.isError()).as(get.text()).isFalse();
    assertThat(get.structured().path("operation").asString()).isEqualTo("GET /alerts/{id}");
    assertThat(get.structured().path("status").asInt()).isEqualTo(200);
    JsonNode body = get.structured().path("body");
    assertThat(body.path("id").asLong()).isEqualTo(id);
    assertThat(body.path("summary").asString())
        .isEqualTo(sandbox.emulator().state().alert(id).orElseThrow().summary());
    Sandbox.ToolCall list =
        call(
            Sandbox.RESPONDER,
            "{\"method\":\"GET\",\"path\":\"/alerts\",\"query\":\"states=PENDING&max-results=5\"}");
    JsonNode alerts = list.structured().path("items");
    assertThat(alerts.size()).isBetween(1, 5);
    alerts.forEach(a -> assertThat(a.path("status").asString()).isEqualTo("PENDING"));
  }

  @Test
  void keysInAnswersAreRedacted() {
    Sandbox.ToolCall source =
        call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/alert-sources/501\"}");
    assertThat(source.structured().path("body").path("integrationKey").asString())
        .isEqualTo("[redacted]");
    assertThat(source.text()).doesNotContain("demo-src-");
  }

  @Test
  void anAdminOperationIsRefusedForARequestLimitedToManageOrRead() {
    String deleteTeam = "{\"method\":\"DELETE\",\"path\":\"/teams/203\"}";
    for (String access : new String[] {"manage", "read"}) {
      JsonNode result = callWithAccess(access, deleteTeam);
      assertThat(result.path("isError").asBoolean()).isTrue();
      assertThat(result.path("content").get(0).path("text").asString())
          .contains("needs access tier 'admin'")
          .contains("'" + access + "'");
    }
    Sandbox.ToolCall team = call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/teams/203\"}");
    assertThat(team.structured().path("body").path("id").asLong()).isEqualTo(203);
    JsonNode readOnly = callWithAccess("read", "{\"method\":\"GET\",\"path\":\"/teams/203\"}");
    assertThat(readOnly.path("isError").asBoolean()).as(readOnly.toString()).isFalse();
    assertThat(readOnly.path("structuredContent").path("body").path("id").asLong()).isEqualTo(203);
  }

  @Test
  void aRespondOperationChangesStateAndTheKeysRoleStillApplies() {
    long id = pendingAlert();
    String accept = "{\"method\":\"PUT\",\"path\":\"/alerts/" + id + "/accept\"}";
    Sandbox.ToolCall refused = call(Sandbox.STAKEHOLDER, accept);
    assertThat(refused.isError()).isTrue();
    assertThat(refused.text()).contains("not allowed");
    assertThat(sandbox.emulator().state().alert(id).orElseThrow().status()).isEqualTo("PENDING");
    Sandbox.ToolCall accepted = call(Sandbox.RESPONDER, accept);
    assertThat(accepted.isError()).as(accepted.text()).isFalse();
    assertThat(sandbox.emulator().state().alert(id).orElseThrow().status()).isEqualTo("ACCEPTED");
  }

  @Test
  void aManageOperationRunsAndChangesState() {
    Sandbox.ToolCall deleted =
        call(Sandbox.USER, "{\"method\":\"DELETE\",\"path\":\"/maintenance-windows/1202\"}");
    assertThat(deleted.isError()).as(deleted.text()).isFalse();
    assertThat(deleted.structured().path("status").asInt()).isEqualTo(204);
    assertThat(sandbox.emulator().state().documents("maintenance-windows"))
        .noneMatch(w -> w.get("id").asLong() == 1202);
  }

  @Test
  void aPathAsCopiedFromTheDocsOrAnIlertUrlIsReadAsItsOperation() {
    long id = pendingAlert();
    for (String path :
        new String[] {
          "alerts/" + id, "/api/alerts/" + id, "https://api.ilert.com/api/alerts/" + id
        }) {
      Sandbox.ToolCall get = call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"" + path + "\"}");
      assertThat(get.isError()).as(path + ": " + get.text()).isFalse();
      assertThat(get.structured().path("operation").asString()).isEqualTo("GET /alerts/{id}");
      assertThat(get.structured().path("body").path("id").asLong()).isEqualTo(id);
    }
    Sandbox.ToolCall inline =
        call(
            Sandbox.ADMIN,
            "{\"method\":\"GET\",\"path\":\"/api/alerts?states=ACCEPTED&max-results=2\"}");
    assertThat(inline.isError()).as(inline.text()).isFalse();
    JsonNode items = inline.structured().path("items");
    assertThat(items.size()).isBetween(1, 2);
    items.forEach(a -> assertThat(a.path("status").asString()).isEqualTo("ACCEPTED"));
    for (String foreign :
        new String[] {"https://evil.example/api/alerts/" + id, "//evil.example/x"}) {
      assertThat(call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"" + foreign + "\"}").text())
          .contains("not an ilert API operation");
    }
  }

  @Test
  void aBodyOrQueryGivenAsAJsonObjectIsSentAsThatJson() {
    Sandbox.ToolCall created =
        call(
            Sandbox.ADMIN,
            "{\"method\":\"POST\",\"path\":\"/teams\",\"body\":{\"name\":\"SRE\",\"visibility\":\"PUBLIC\"}}");
    assertThat(created.isError()).as(created.text()).isFalse();
    JsonNode teams = call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/teams\"}").structured();
    assertThat(teams.path("items").valueStream())
        .anyMatch(t -> t.path("name").asString().equals("SRE"));
    Sandbox.ToolCall list =
        call(
            Sandbox.ADMIN,
            "{\"method\":\"GET\",\"path\":\"/alerts\",\"query\":{\"states\":[\"ACCEPTED\"],\"max-results\":2}}");
    assertThat(list.isError()).as(list.text()).isFalse();
    JsonNode items = list.structured().path("items");
    assertThat(items.size()).isBetween(1, 2);
    items.forEach(a -> assertThat(a.path("status").asString()).isEqualTo("ACCEPTED"));
  }

  @Test
  void pathsOutsideTheCatalogueAndBadArgumentsAreRefused() {
    assertThat(call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/internal/admin\"}").text())
        .contains("not an ilert API operation");
    assertThat(call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/alerts/../users\"}").text())
        .contains("not an ilert API operation");
    assertThat(
            call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/alerts\",\"query\":\"{oops\"}")
                .text())
        .contains("query is not valid JSON");
    assertThat(
            call(Sandbox.ADMIN, "{\"method\":\"POST\",\"path\":\"/teams\",\"body\":\"{oops\"}")
                .text())
        .contains("not valid JSON");
  }

  @Test
  void notFoundAndRateLimitAreActionable() {
    Sandbox.ToolCall missing =
        call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/alerts/999999999\"}");
    assertThat(missing.isError()).isTrue();
    assertThat(missing.text()).startsWith("Not found");
    sandbox.injectFault(FaultRule.rateLimit("/api/teams").method("GET").retryAfter(1).times(10));
    Sandbox.ToolCall limited = call(Sandbox.ADMIN, "{\"method\":\"GET\",\"path\":\"/teams\"}");
    assertThat(limited.isError()).isTrue();
    assertThat(limited.text()).contains("rate limiting");
  }
}
