package org.ilertmcp.server.tools.services;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.services.Service;
import org.ilertmcp.client.statuspages.StatusPage;
import org.ilertmcp.client.statuspages.StatusPageGroup;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_status_page}: one status page with its services, their status and its groups. */
public final class GetStatusPageTool implements IlertTool {
  static final Param<String> STATUS_PAGE = Param.text("status_page", "Status page id or name.");

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_status_page", Toolset.SERVICES, AccessTier.READ)
        .title("Get status page")
        .description(
            "A status page (list_status_pages): URL, visibility, status, announcement, services with status, groups.")
        .input(Input.of(STATUS_PAGE).required(STATUS_PAGE))
        .output(
            Schema.object(
                "status_page",
                Schema.object(
                    "id", Schema.integer(),
                    "status", Schema.str(),
                    "services", Schema.array(Views.refSchema()))))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = resolve(call, call.args().get(STATUS_PAGE));
    StatusPage page =
        call.client().statusPages().get(call.ctx(), id, List.of("groups", "structure"));
    Map<Long, Service> services =
        call.lookups().services(call.ctx()).stream()
            .collect(Collectors.toMap(Service::id, Function.identity(), (a, b) -> a));
    ObjectNode out = StatusPageViews.summary(page);
    Json.putIfPresent(out, "timezone", page.timezone());
    Json.putIfPresent(out, "announcement", Text.clean(page.announcement()));
    ArrayNode list = out.putArray("services");
    if (page.services() != null) {
      page.services().stream().map(IdRef::id).forEach(s -> list.add(ServiceViews.ref(s, services)));
    }
    out.set("groups", groups(page));
    ObjectNode result = Json.object();
    result.set("status_page", out);
    return Output.of(result, call.maxResultTokens());
  }

  /** Groups with the ids of their services, from the page's layout. */
  private static ArrayNode groups(StatusPage page) {
    Map<Long, String> names =
        page.groups() == null
            ? Map.of()
            : page.groups().stream()
                .filter(g -> g.id() != null)
                .collect(
                    Collectors.toMap(
                        StatusPageGroup::id, g -> String.valueOf(g.name()), (a, b) -> a));
    ArrayNode out = Json.array();
    JsonNode elements = page.structure() == null ? Json.array() : page.structure().path("elements");
    for (JsonNode e : elements) {
      if ("GROUP".equals(Json.string(e, "type"))) {
        long groupId = e.path("id").asLong();
        ObjectNode group = Views.ref(groupId, Text.clean(names.get(groupId)));
        ArrayNode ids = group.putArray("service_ids");
        e.path("children").forEach(c -> ids.add(c.path("id").asLong()));
        out.add(group);
      }
    }
    return out;
  }

  private static long resolve(IlertCall call, String value) {
    if (value.matches("\\d{1,18}")) {
      return Long.parseLong(value);
    }
    String wanted = value.toLowerCase(Locale.ROOT);
    List<StatusPage> matches =
        call.lookups().statusPages(call.ctx()).stream()
            .filter(p -> p.name() != null && p.name().toLowerCase(Locale.ROOT).contains(wanted))
            .toList();
    List<StatusPage> exact =
        matches.stream().filter(p -> p.name().equalsIgnoreCase(value)).toList();
    List<StatusPage> found = exact.isEmpty() ? matches : exact;
    if (found.size() == 1) {
      return found.get(0).id();
    }
    throw new ToolInputException(
        found.isEmpty()
            ? "No status page named '" + value + "'; pass its id from list_status_pages."
            : "'"
                + value
                + "' matches several status pages: "
                + found.stream()
                    .map(p -> p.name() + " (id " + p.id() + ")")
                    .collect(Collectors.joining(", "))
                + "; pass the id of the one you mean.");
  }
}
