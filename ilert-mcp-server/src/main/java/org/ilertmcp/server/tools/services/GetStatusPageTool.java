package org.ilertmcp.server.tools.services;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tools.services.ServiceViews.ServiceRef;
import tools.jackson.databind.JsonNode;

/** {@code get_status_page}: one status page with its services, their status and its groups. */
public final class GetStatusPageTool implements IlertTool {
  static final Param<String> STATUS_PAGE = Param.ref("status_page", "Status page id or name.");

  /** A group of the page's layout with the ids of its services. */
  private record Group(long id, String name, List<Long> serviceIds) {}

  private static final Shape<Group> GROUP =
      Shape.<Group>object()
          .integer("id", Group::id)
          .text("name", Group::name)
          .integers("service_ids", Group::serviceIds)
          .keepEmpty()
          .build();

  /** A page with its services (as the key sees them) and groups. */
  private record Detail(StatusPage page, List<ServiceRef> services, List<Group> groups) {}

  private static final Shape<Detail> PAGE =
      Shape.<Detail>object()
          .fields(StatusPageViews.SUMMARY, Detail::page)
          .string("timezone", d -> d.page().timezone())
          .unlisted()
          .text("announcement", d -> d.page().announcement())
          .unlisted()
          .list("services", ServiceViews.SERVICE_REF, Detail::services)
          .keepEmpty()
          .list("groups", GROUP, Detail::groups)
          .keepEmpty()
          .unlisted()
          .build();

  private static final Shape<Detail> RESULT =
      Shape.<Detail>object().object("status_page", PAGE, d -> d).build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_status_page", Toolset.SERVICES, AccessTier.READ)
        .title("Get status page")
        .description(
            "A status page (list_status_pages): URL, visibility, status, announcement, services with status, groups.")
        .input(Input.of(STATUS_PAGE).required(STATUS_PAGE))
        .output(RESULT.schema())
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
    List<ServiceRef> refs =
        page.services() == null
            ? List.of()
            : page.services().stream().map(s -> ServiceRef.of(s.id(), services)).toList();
    return Output.of(RESULT.view(new Detail(page, refs, groups(page))), call.maxResultTokens());
  }

  /** Groups with the ids of their services, from the page's layout. */
  private static List<Group> groups(StatusPage page) {
    Map<Long, String> names =
        page.groups() == null
            ? Map.of()
            : page.groups().stream()
                .filter(g -> g.id() != null)
                .collect(
                    Collectors.toMap(
                        StatusPageGroup::id, g -> String.valueOf(g.name()), (a, b) -> a));
    List<Group> out = new ArrayList<>();
    JsonNode elements = page.structure() == null ? Json.array() : page.structure().path("elements");
    for (JsonNode e : elements) {
      if ("GROUP".equals(Json.string(e, "type"))) {
        long groupId = e.path("id").asLong();
        List<Long> ids = new ArrayList<>();
        e.path("children").forEach(c -> ids.add(c.path("id").asLong()));
        out.add(new Group(groupId, names.get(groupId), ids));
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
            ? "No status page named '"
                + Param.shown(value)
                + "'; pass its id from list_status_pages."
            : "'"
                + Param.shown(value)
                + "' matches several status pages: "
                + found.stream()
                    .map(p -> p.name() + " (id " + p.id() + ")")
                    .collect(Collectors.joining(", "))
                + "; pass the id of the one you mean.");
  }
}
