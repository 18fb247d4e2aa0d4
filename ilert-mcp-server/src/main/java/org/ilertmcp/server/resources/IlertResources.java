package org.ilertmcp.server.resources;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.mcp.resource.Resource;
import org.ilertmcp.mcp.resource.ResourceTemplate;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tools.alerts.GetAlertTool;
import org.ilertmcp.server.tools.alerts.ListAlertsTool;
import org.ilertmcp.server.tools.incidents.GetStatusUpdateTool;
import org.ilertmcp.server.tools.oncall.GetEscalationPolicyTool;
import org.ilertmcp.server.tools.oncall.GetScheduleTool;
import org.ilertmcp.server.tools.oncall.WhoIsOnCallTool;
import org.ilertmcp.server.tools.people.GetCurrentUserTool;
import org.ilertmcp.server.tools.services.GetServiceTool;

/** The {@code ilert://} resources and templates, each backed by one read tool. */
public final class IlertResources {
  public static final String ALERT = "ilert://alerts/{id}";
  public static final String INCIDENT = "ilert://incidents/{id}";
  public static final String SERVICE = "ilert://services/{id}";
  public static final String SCHEDULE = "ilert://schedules/{id}";
  public static final String POLICY = "ilert://escalation-policies/{id}";
  public static final String ONCALL_NOW = "ilert://oncall/now";
  public static final String OPEN_ALERTS = "ilert://alerts/open";
  public static final String ME = "ilert://me";

  /**
   * One URI (template) and the tool that reads it.
   *
   * @param template a URI, or a template with one {@code {id}} variable
   * @param argument the tool argument the variable fills (null for plain URIs)
   * @param fixedArguments further tool arguments
   */
  record Route(
      String template,
      String name,
      String title,
      String description,
      IlertTool tool,
      String argument,
      Map<String, Integer> fixedArguments) {

    boolean isTemplate() {
      return argument != null;
    }

    Optional<Map<String, String>> match(String uri) {
      return isTemplate() ? asTemplate(null).match(uri) : Optional.of(Map.of());
    }

    ResourceTemplate asTemplate(ResourceReader reader) {
      return new ResourceTemplate(
          template,
          name,
          title,
          description,
          ResourceReader.MIME_TYPE,
          List.of(),
          reader == null ? (c, u, v) -> List.of() : reader.templateReader());
    }
  }

  // Plain URIs come first so that ilert://alerts/open is not read as the alert with id "open".
  private static final List<Route> ROUTES =
      List.of(
          new Route(
              ONCALL_NOW,
              "oncall_now",
              "On call now",
              "Who is on call right now, per escalation policy and level (as who_is_on_call).",
              new WhoIsOnCallTool(),
              null,
              Map.of()),
          new Route(
              OPEN_ALERTS,
              "open_alerts",
              "Open alerts",
              "The newest 100 open (pending or accepted) alerts (as list_alerts).",
              new ListAlertsTool(),
              null,
              Map.of("limit", 100)),
          new Route(
              ME,
              "me",
              "Current user",
              "The user the API key belongs to, with teams (as get_current_user).",
              new GetCurrentUserTool(),
              null,
              Map.of()),
          new Route(
              ALERT,
              "alert",
              "Alert",
              "One alert with its escalation levels (as get_alert).",
              new GetAlertTool(),
              "alert_id",
              Map.of()),
          new Route(
              INCIDENT,
              "incident",
              "Incident",
              "One incident with affected services and update history (as get_status_update).",
              new GetStatusUpdateTool(),
              "incident_id",
              Map.of()),
          new Route(
              SERVICE,
              "service",
              "Service",
              "One service with its status (as get_service).",
              new GetServiceTool(),
              "service",
              Map.of()),
          new Route(
              SCHEDULE,
              "schedule",
              "Schedule",
              "One on-call schedule with its current and next shifts (as get_schedule).",
              new GetScheduleTool(),
              "schedule",
              Map.of()),
          new Route(
              POLICY,
              "escalation_policy",
              "Escalation policy",
              "One escalation policy with its levels (as get_escalation_policy).",
              new GetEscalationPolicyTool(),
              "escalation_policy",
              Map.of()));

  private IlertResources() {}

  /** The plain resources. */
  public static List<Resource> all(ResourceReader reader) {
    return ROUTES.stream()
        .filter(r -> !r.isTemplate())
        .map(
            r ->
                new Resource(
                    r.template(),
                    r.name(),
                    r.title(),
                    r.description(),
                    ResourceReader.MIME_TYPE,
                    List.of(),
                    context -> reader.contents(context, r.template())))
        .toList();
  }

  /** The resource templates. */
  public static List<ResourceTemplate> templates(ResourceReader reader) {
    return ROUTES.stream().filter(Route::isTemplate).map(r -> r.asTemplate(reader)).toList();
  }

  /** The route that reads {@code uri}: an exact plain URI first, then the first template. */
  static Optional<Route> route(String uri) {
    return ROUTES.stream()
        .filter(r -> r.isTemplate() ? r.match(uri).isPresent() : r.template().equals(uri))
        .findFirst();
  }

  /** The URI of one object of a template, e.g. {@code uri(ALERT, 42)}. */
  public static String uri(String template, Object id) {
    return template.replace("{id}", String.valueOf(id));
  }
}
