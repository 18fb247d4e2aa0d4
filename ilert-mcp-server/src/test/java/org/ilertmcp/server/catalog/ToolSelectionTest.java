package org.ilertmcp.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.server.testing.ToolFixtures;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertTool;
import org.junit.jupiter.api.Test;

/** The pure selection step and per-request narrowing, without a server. */
class ToolSelectionTest {
  private static final List<IlertTool> ALL = ToolCatalog.all();

  private static List<String> names(List<IlertTool> tools) {
    return tools.stream().map(t -> t.spec().name()).toList();
  }

  private static ToolSelection selection(
      String toolsets, String tools, String exclude, AccessTier tier) {
    return new ToolSelection(
        List.of(toolsets.split(",")),
        tools.isEmpty() ? List.of() : List.of(tools.split(",")),
        exclude.isEmpty() ? List.of() : List.of(exclude.split(",")),
        tier);
  }

  @Test
  void defaultSetIsAtMost40ToolsAnd8000Tokens() {
    List<IlertTool> selected = ToolSelection.defaults().apply(ALL);
    assertThat(selected).hasSizeLessThanOrEqualTo(40);
    List<CatalogStats.Row> rows = CatalogStats.rows(selected, ToolFixtures.adapter());
    CatalogStats.Row total = rows.get(rows.size() - 1);
    assertThat(total.tools()).isEqualTo(selected.size());
    System.out.printf("default tools/list: %d tools, %d tokens%n", total.tools(), total.tokens());
    assertThat(total.tokens()).isLessThanOrEqualTo(8_000);
    selected.forEach(
        t -> assertThat(t.spec().toolset().inDefault() || t.spec().alwaysInDefault()).isTrue());
    assertThat(names(selected)).as("who 'me' is, without opting in").contains("get_current_user");
  }

  @Test
  void allSelectsEverythingUnderTheAdminCeiling() {
    assertThat(selection("all", "", "", AccessTier.ADMIN).apply(ALL)).hasSameSizeAs(ALL);
  }

  @Test
  void ceilingDropsToolsAboveIt() {
    List<IlertTool> read = selection("all", "", "", AccessTier.READ).apply(ALL);
    assertThat(read).isNotEmpty().allMatch(t -> t.spec().tier() == AccessTier.READ);
    assertThat(names(read)).contains("list_alerts").doesNotContain("accept_alert");
  }

  @Test
  void toolsAddAndExcludeToolsRemove() {
    List<String> names =
        names(selection("people", "list_alerts", "", AccessTier.MANAGE).apply(ALL));
    assertThat(names).contains("list_alerts").doesNotContain("accept_alert");
    List<String> without =
        names(selection("alerts", "", "accept_alert", AccessTier.MANAGE).apply(ALL));
    assertThat(without).contains("list_alerts").doesNotContain("accept_alert");
  }

  @Test
  void unknownNamesAreConfigurationErrors() {
    assertThatThrownBy(() -> selection("alertz", "", "", AccessTier.READ).apply(ALL))
        .hasMessageContaining("unknown toolset 'alertz'");
    assertThatThrownBy(() -> selection("alerts", "nope_tool", "", AccessTier.READ).apply(ALL))
        .hasMessageContaining("unknown tool 'nope_tool'");
  }

  @Test
  void aRequestMayLowerTheTierButNeverRaiseIt() {
    RequestAccess access =
        new RequestAccess(AccessTier.RESPOND, RequestAccess.index(ALL), Set.copyOf(names(ALL)));
    assertThat(access.tier(context(Map.of()))).isEqualTo(AccessTier.RESPOND);
    assertThat(access.tier(context(Map.of("X-ILERT-MCP-Access", "read"))))
        .isEqualTo(AccessTier.READ);
    assertThat(access.tier(context(Map.of("X-ILERT-MCP-Access", "admin"))))
        .isEqualTo(AccessTier.RESPOND);
    assertThat(access.tier(context(Map.of("X-ILERT-MCP-Access", "root"))))
        .isEqualTo(AccessTier.READ);
    assertThat(access.tier(context(Map.of("?access", "read")))).isEqualTo(AccessTier.READ);
  }

  @Test
  void refusalsNameTheTierOrToolset() {
    RequestAccess access =
        new RequestAccess(AccessTier.MANAGE, RequestAccess.index(ALL), Set.copyOf(names(ALL)));
    IlertTool accept =
        ALL.stream().filter(t -> t.spec().name().equals("accept_alert")).findFirst().orElseThrow();
    var tool = ToolFixtures.adapter().adapt(accept);
    assertThat(access.refusal(tool, context(Map.of("X-ILERT-MCP-Access", "read"))))
        .hasValueSatisfying(r -> assertThat(r).contains("respond").contains("read"));
    assertThat(access.refusal(tool, context(Map.of("X-ILERT-MCP-Toolsets", "oncall,people"))))
        .hasValueSatisfying(r -> assertThat(r).contains("alerts"));
    assertThat(access.refusal(tool, context(Map.of("?toolsets", "alerts")))).isEmpty();
  }

  @Test
  void aRequestedTierOrToolsetThatDoesNotExistIsNamedInTheRefusal() {
    RequestAccess access =
        new RequestAccess(AccessTier.MANAGE, RequestAccess.index(ALL), Set.copyOf(names(ALL)));
    var tool = ToolFixtures.adapter().adapt(byName("accept_alert"));
    assertThat(access.refusal(tool, context(Map.of("X-ILERT-MCP-Access", "responder"))))
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .contains("limited to 'read'")
                    .contains(
                        "'responder' is not an access tier; use read, respond, manage or admin"));
    assertThat(access.refusal(tool, context(Map.of("?toolsets", "alert"))))
        .hasValueSatisfying(
            r -> assertThat(r).contains("'alert' is not a list of toolsets").contains("alerts"));
  }

  @Test
  void toolsOutsideTheServersSelectionAreRefusedByNameWithTheReason() {
    List<IlertTool> offered = selection("oncall", "", "", AccessTier.RESPOND).apply(ALL);
    RequestAccess access =
        new RequestAccess(AccessTier.RESPOND, RequestAccess.index(ALL), Set.copyOf(names(offered)));
    var adapter = ToolFixtures.adapter();
    IlertTool listAlerts = byName("list_alerts");
    IlertTool createIncident = byName("create_status_update");
    assertThat(access.refusal(adapter.adapt(listAlerts), context(Map.of())))
        .hasValueSatisfying(r -> assertThat(r).contains("not enabled").contains("'alerts'"));
    assertThat(access.refusal(adapter.adapt(createIncident), context(Map.of())))
        .hasValueSatisfying(r -> assertThat(r).contains("needs access tier 'manage'"));
    assertThat(access.refusal(adapter.adapt(byName("who_is_on_call")), context(Map.of())))
        .isEmpty();
  }

  private static IlertTool byName(String name) {
    return ALL.stream().filter(t -> t.spec().name().equals(name)).findFirst().orElseThrow();
  }

  /** A request context with headers, and query parameters given as {@code ?name}. */
  private static RequestContext context(Map<String, String> values) {
    return new RequestContext() {
      @Override
      public Optional<String> credential() {
        return Optional.empty();
      }

      @Override
      public Optional<String> sessionId() {
        return Optional.empty();
      }

      @Override
      public org.ilertmcp.mcp.server.McpSession session() {
        throw new UnsupportedOperationException();
      }

      @Override
      public String protocolVersion() {
        return "2025-11-25";
      }

      @Override
      public Optional<String> header(String name) {
        return Optional.ofNullable(values.get(name));
      }

      @Override
      public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(values.get("?" + name));
      }

      @Override
      public tools.jackson.databind.JsonNode requestId() {
        return null;
      }

      @Override
      public void progress(double progress, Double total, String message) {}

      @Override
      public void log(org.ilertmcp.mcp.context.LogLevel level, String logger, String message) {}

      @Override
      public boolean isCancelled() {
        return false;
      }

      @Override
      public void throwIfCancelled() {}

      @Override
      public void onCancel(Runnable action) {}

      @Override
      public tools.jackson.databind.JsonNode requestFromClient(
          String method,
          tools.jackson.databind.node.ObjectNode params,
          java.time.Duration timeout) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void closeStreamForPolling() {}
    };
  }
}
