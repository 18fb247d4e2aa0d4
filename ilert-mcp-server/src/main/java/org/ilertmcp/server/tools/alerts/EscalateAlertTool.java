package org.ilertmcp.server.tools.alerts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.client.alerts.AlertsApi;
import org.ilertmcp.client.common.ScheduleRel;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.escalation.EscalationRule;
import org.ilertmcp.client.oncalls.OnCallQuery;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;

/**
 * {@code escalate_alert}: ilert has no escalate call, so this reassigns the alert to the next
 * level: the first target through {@code assign}, other users and on-call users added as
 * responders.
 */
public final class EscalateAlertTool implements WriteTool {
  /** A user or schedule the alert was assigned to. */
  private record Target(Long id, String name, String type) {
    static Target user(UserRel u) {
      return new Target(u.id(), Views.fullName(u.firstName(), u.lastName()), "user");
    }

    static Target schedule(ScheduleRel s) {
      return new Target(s.id(), s.name(), "schedule");
    }
  }

  private static final Shape<Target> TARGET =
      Shape.<Target>object()
          .integer("id", Target::id)
          .string("name", Target::name)
          .string("type", Target::type)
          .build();

  /**
   * The escalated alert, the level it is at now (1-based) and whom it was assigned to. The alert is
   * shown without its escalation block: ilert keeps the level index it paged when an alert is
   * reassigned, so that block would name the level the alert just left.
   */
  private record Escalated(Alert alert, int level, List<Target> assigned) {}

  private static final Shape<Escalated> RESULT =
      Shape.<Escalated>object()
          .object("alert", Views.ALERT_BASICS, Escalated::alert)
          .integer("level", Escalated::level)
          .list("assigned", TARGET, Escalated::assigned)
          .keepEmpty()
          .required("alert", "level")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("escalate_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Escalate alert")
        .description(
            "Move an open alert to the next level of its escalation policy (ilert has no escalate call): that level's users and on-call schedule users become pending responders. Fails at the last level.")
        .input(Input.of(Params.ALERT_ID).required(Params.ALERT_ID))
        .output(RESULT.schema())
        .destructive(false)
        .build();
  }

  @Override
  public boolean creates() {
    return true;
  }

  @Override
  public Preview preview(IlertCall call) {
    Alert alert =
        call.client()
            .alerts()
            .get(call.ctx(), call.args().get(Params.ALERT_ID), List.of("escalationRules"));
    int next = AlertLevels.current(alert) + 1;
    EscalationRule rule = nextLevel(alert, next);
    List<String> who = new ArrayList<>();
    if (rule.users() != null) {
      rule.users()
          .forEach(
              u ->
                  who.add(
                      "user "
                          + Text.quote(Views.fullName(u.firstName(), u.lastName()))
                          + " (id "
                          + u.id()
                          + ")"));
    }
    boolean schedules = rule.schedules() != null && !rule.schedules().isEmpty();
    if (schedules) {
      rule.schedules()
          .forEach(s -> who.add("whoever is on call in schedule " + Text.quote(s.name())));
    }
    String policy = alert.escalationPolicy() == null ? "?" : alert.escalationPolicy().name();
    return Preview.of(
            "Escalate "
                + Views.alertLabel(alert)
                + " to level "
                + (next + 1)
                + " of escalation policy "
                + Text.quote(policy)
                + ": "
                + String.join(", ", who)
                + " become its pending responders.")
        .notifying(
            "the level's responders, by their notification rules",
            schedules ? null : rule.users().size());
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    CallContext ctx = call.ctx();
    AlertsApi alerts = call.client().alerts();
    Alert alert = alerts.get(ctx, id, List.of("escalationRules"));
    int next = AlertLevels.current(alert) + 1;
    EscalationRule rule = nextLevel(alert, next);
    List<UserRel> users = rule.users() == null ? List.of() : rule.users();
    List<ScheduleRel> schedules = rule.schedules() == null ? List.of() : rule.schedules();
    List<Target> assigned = new ArrayList<>();
    Set<Long> extra = new LinkedHashSet<>();
    if (!users.isEmpty()) {
      alerts.assignToUser(ctx, id, users.get(0).id());
      users.stream().skip(1).forEach(u -> extra.add(u.id()));
    } else {
      alerts.assignToSchedule(ctx, id, schedules.get(0).id());
      assigned.add(Target.schedule(schedules.get(0)));
    }
    users.forEach(u -> assigned.add(Target.user(u)));
    schedules.stream()
        .skip(users.isEmpty() ? 1 : 0)
        .forEach(s -> extra.addAll(onCall(call, s, assigned)));
    extra.forEach(userId -> addResponder(alerts, ctx, id, userId));
    Escalated result = new Escalated(alerts.get(ctx, id, List.of()), next + 1, assigned);
    return Output.of(RESULT.view(result), call.maxResultTokens());
  }

  private static EscalationRule nextLevel(Alert alert, int next) {
    if (AlertStatus.RESOLVED.is(alert.status())) {
      throw new ToolInputException("Alert " + alert.id() + " is resolved; nothing to escalate.");
    }
    List<EscalationRule> rules = AlertLevels.rules(alert);
    String policy = alert.escalationPolicy() == null ? "?" : alert.escalationPolicy().name();
    if (next >= rules.size()) {
      throw new ToolInputException(
          String.format(
              "Alert %d is at level %d of %d of escalation policy '%s'; there is no next level."
                  + " Use assign_alert or add_alert_responder to involve someone else.",
              alert.id(), next, rules.size(), policy));
    }
    EscalationRule rule = rules.get(next);
    if ((rule.users() == null || rule.users().isEmpty())
        && (rule.schedules() == null || rule.schedules().isEmpty())) {
      throw new ToolInputException(
          String.format(
              "Level %d of policy '%s' has only teams, which ilert cannot assign; use"
                  + " add_alert_responder for their members.",
              next + 1, policy));
    }
    return rule;
  }

  /** Users on call now in {@code schedule}; the schedule is recorded as assigned. */
  private static List<Long> onCall(IlertCall call, ScheduleRel schedule, List<Target> assigned) {
    assigned.add(Target.schedule(schedule));
    OnCallQuery query = OnCallQuery.all().withSchedules(List.of(schedule.id()));
    return call.client().onCalls().listAll(call.ctx(), query, 20).stream()
        .filter(o -> o.user() != null)
        .map(o -> o.user().id())
        .toList();
  }

  private static void addResponder(AlertsApi alerts, CallContext ctx, long id, long userId) {
    try {
      alerts.addResponder(ctx, id, userId);
    } catch (IlertApiException e) {
      if (e.kind() != ErrorKind.CONFLICT) {
        throw e;
      }
    }
  }
}
