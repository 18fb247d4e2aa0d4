package org.ilertmcp.server.tool.input;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Parameters many tools share, declared once. A tool that needs another wording uses {@link
 * Param#describedAs}; the type and the coercion stay.
 */
public final class Params {
  private Params() {}

  public static final Param<Long> ALERT_ID = Param.id("alert_id", "From list_alerts.");

  /** A status update: ilert's API calls it an incident. */
  public static final Param<Long> INCIDENT_ID =
      Param.id("incident_id", "From list_status_updates.");

  public static final Param<String> USER = Param.ref("user", "Id, e-mail, name or me.");

  public static final Param<List<String>> USERS = Param.refs("users", "Ids, e-mails, names or me.");

  public static final Param<String> TEAM = Param.ref("team", "Id or name.");

  public static final Param<List<String>> TEAMS = Param.refs("teams", "Ids or names.");

  public static final Param<String> SCHEDULE = Param.ref("schedule", "Id or name.");

  public static final Param<String> ESCALATION_POLICY =
      Param.ref("escalation_policy", "Id or name.");

  public static final Param<List<String>> ESCALATION_POLICIES =
      Param.refs("escalation_policies", "Ids or names.");

  public static final Param<String> ALERT_SOURCE = Param.ref("alert_source", "Id or name.");

  public static final Param<List<String>> ALERT_SOURCES =
      Param.refs("alert_sources", "Ids or names.");

  public static final Param<String> SERVICE = Param.ref("service", "Id or name.");

  public static final Param<List<String>> SERVICES = Param.refs("services", "Ids or names.");

  public static final Param<String> PIPELINE = Param.ref("pipeline", "Id or name.");

  public static final Param<String> CURSOR = Param.cursor();

  public static final Param<Instant> FROM = Param.instant("from", "Start; ISO-8601, 24h, today.");

  public static final Param<Instant> UNTIL = Param.instant("until", "End; default now.");

  /** The zone of local times without an offset (and of day boundaries such as today). */
  public static final Param<ZoneId> TIMEZONE = Param.zone("timezone", "IANA zone of local times.");

  public static final Param<String> PRIORITY =
      Param.choice(
          "priority",
          "Priority.",
          Map.of("HI", "HIGH", "LO", "LOW", "URGENT", "HIGH", "CRITICAL", "HIGH"),
          "HIGH",
          "LOW");

  /** ilert's alert states, with the words other tools use for them. */
  public static final Param<List<String>> ALERT_STATES =
      Param.choices(
          "states",
          "Default PENDING, ACCEPTED (open).",
          Map.of(
              "ACKNOWLEDGED", "ACCEPTED",
              "ACKED", "ACCEPTED",
              "ACK", "ACCEPTED",
              "TRIGGERED", "PENDING",
              "NEW", "PENDING",
              "CLOSED", "RESOLVED"),
          Map.of(
              "OPEN", List.of("PENDING", "ACCEPTED"),
              "UNRESOLVED", List.of("PENDING", "ACCEPTED"),
              "ACTIVE", List.of("PENDING", "ACCEPTED"),
              "ALL", List.of("PENDING", "ACCEPTED", "RESOLVED")),
          "PENDING",
          "ACCEPTED",
          "RESOLVED");
}
