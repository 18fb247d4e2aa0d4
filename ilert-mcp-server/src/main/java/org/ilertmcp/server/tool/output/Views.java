package org.ilertmcp.server.tool.output;

import java.util.List;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertResponder;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.common.UserRel;
import org.ilertmcp.client.escalation.EscalationPolicy;

/**
 * Curated projections of ilert objects shared by several tools: snake_case keys, nulls dropped,
 * instants as ISO-8601 UTC, untrusted monitoring text cleaned. Integration keys are never shown.
 */
public final class Views {
  private Views() {}

  /** A reference to an ilert object: its id and name. */
  public record Ref(Long id, String name) {
    /**
     * @return the references of the teams, or null for null
     */
    public static List<Ref> teams(List<TeamRel> teams) {
      return teams == null ? null : teams.stream().map(t -> new Ref(t.id(), t.name())).toList();
    }

    /**
     * @return a user's reference (id and full name), or null for null
     */
    public static Ref user(UserRel u) {
      return u == null ? null : new Ref(u.id(), fullName(u.firstName(), u.lastName()));
    }

    /**
     * @return a user's reference (id and full name), or null for null
     */
    public static Ref user(User u) {
      return u == null ? null : new Ref(u.id(), fullName(u.firstName(), u.lastName()));
    }
  }

  /** A reference: id and name ({@link Ref}). */
  public static final Shape<Ref> REF =
      Shape.<Ref>object().integer("id", Ref::id).string("name", Ref::name).build();

  /** A service an incident affects, and how (ilert's impact, e.g. DEGRADED or OUTAGE). */
  public record Impact(Long id, String name, String impact) {}

  /** The view of an {@link Impact}. */
  public static final Shape<Impact> IMPACT =
      Shape.<Impact>object()
          .integer("id", Impact::id)
          .string("name", Impact::name)
          .string("impact", Impact::impact)
          .build();

  /** A user: id, full name, email, timezone and ilert role. */
  public static final Shape<User> USER =
      Shape.<User>object()
          .integer("id", User::id)
          .string("name", u -> fullName(u.firstName(), u.lastName()))
          .string("email", User::email)
          .string("timezone", User::timezone)
          .string("role", User::role)
          .build();

  /** An alert source as a reference: id and name. */
  public static final Shape<AlertSource> SOURCE_REF =
      Shape.<AlertSource>object()
          .integer("id", AlertSource::id)
          .string("name", AlertSource::name)
          .build();

  /** An escalation policy as a reference: id and name. */
  public static final Shape<EscalationPolicy> POLICY_REF =
      Shape.<EscalationPolicy>object()
          .integer("id", EscalationPolicy::id)
          .string("name", EscalationPolicy::name)
          .build();

  /** A responder of an alert: the user's reference and the responder's status. */
  private static final Shape<AlertResponder> RESPONDER =
      Shape.<AlertResponder>object()
          .integer("id", r -> r.user() == null ? null : r.user().id())
          .string(
              "name",
              r -> r.user() == null ? null : fullName(r.user().firstName(), r.user().lastName()))
          .string("status", AlertResponder::status)
          .build();

  /** A user as a reference: id and full name. */
  private static final Shape<User> PERSON =
      Shape.<User>object()
          .integer("id", User::id)
          .string("name", u -> fullName(u.firstName(), u.lastName()))
          .build();

  /**
   * Where a pending alert's escalation stands, from what ilert returns with the alert (list and get
   * with {@code include=nextEscalationUser}): the level that was paged, when the next level fires
   * and whom it reaches. Absent {@code next_at}: no further level.
   */
  private static final Shape<Alert> ESCALATION =
      Shape.<Alert>object()
          .integer(
              "level",
              a -> a.nextEscalationRuleIndex() == null ? 1 : a.nextEscalationRuleIndex() + 1)
          .time("next_at", Alert::nextEscalation)
          .object("next_user", PERSON, Alert::nextEscalationUser)
          .build();

  /**
   * An alert as {@link #ALERT_SUMMARY} shows it, without where a pending one's escalation stands.
   * {@code summary} and {@code alert_key} are untrusted text from the source. The schema lists the
   * key fields; the rest is documented by name.
   */
  public static final Shape<Alert> ALERT_BASICS =
      Shape.<Alert>object()
          .integer("id", Alert::id)
          .text("summary", Alert::summary)
          .string("status", Alert::status)
          .string("priority", Alert::priority)
          .object("alert_source", SOURCE_REF, Alert::alertSource)
          .unlisted()
          .object("escalation_policy", POLICY_REF, Alert::escalationPolicy)
          .unlisted()
          .text("alert_key", Alert::alertKey)
          .unlisted()
          .time("report_time", Alert::reportTime)
          .unlisted()
          .time("resolved_on", Alert::resolvedOn)
          .unlisted()
          .list("responders", RESPONDER, Alert::responders)
          .unlisted()
          .required("id")
          .build();

  /** The list projection of an alert: {@link #ALERT_BASICS} and a pending one's escalation. */
  public static final Shape<Alert> ALERT_SUMMARY =
      Shape.<Alert>object()
          .fields(ALERT_BASICS, a -> a)
          .object("escalation", ESCALATION, a -> "PENDING".equals(a.status()) ? a : null)
          .unlisted()
          .build();

  public static String fullName(String first, String last) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    return name.isEmpty() ? null : name;
  }

  /** How a preview names an alert: id, summary, priority and status. */
  public static String alertLabel(Alert a) {
    return "alert "
        + a.id()
        + " "
        + Text.quote(a.summary())
        + " ("
        + (a.priority() == null ? "no priority" : a.priority())
        + ", "
        + a.status()
        + ")";
  }
}
