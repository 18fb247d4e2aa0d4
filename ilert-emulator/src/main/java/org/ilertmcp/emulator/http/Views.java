package org.ilertmcp.emulator.http;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.AlertStatus;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.EscalationRule;
import org.ilertmcp.emulator.domain.Restriction;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.ScheduleLayer;
import org.ilertmcp.emulator.domain.Service;
import org.ilertmcp.emulator.domain.Shift;
import org.ilertmcp.emulator.domain.Team;
import org.ilertmcp.emulator.domain.TimeOfWeek;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.OnCallCalculator;
import org.ilertmcp.emulator.engine.Store;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Renders the shared entities in ilert's JSON shapes (nulls omitted). */
public final class Views {
  private final Store store;
  private final OnCallCalculator onCall;

  /** Views over {@code store}. */
  public Views(Store store, OnCallCalculator onCall) {
    this.store = store;
    this.onCall = onCall;
  }

  /** {@code UserRel}: id and names. */
  public ObjectNode userRel(long id) {
    ObjectNode n = Json.object().put("id", id);
    store.user(id).ifPresent(u -> n.put("firstName", u.firstName()).put("lastName", u.lastName()));
    return n;
  }

  /** The full {@code User}. */
  public ObjectNode user(User u) {
    ObjectNode n =
        Json.object()
            .put("id", u.id())
            .put("firstName", u.firstName())
            .put("lastName", u.lastName())
            .put("email", u.email())
            .put("username", u.username())
            .put("timezone", u.timezone())
            .put("language", u.language())
            .put("region", u.region())
            .put("role", u.role().name());
    Json.put(n, "position", u.position());
    Json.put(n, "department", u.department());
    Json.put(n, "shiftColor", u.shiftColor());
    Json.put(n, "createdAt", u.createdAt());
    Json.put(n, "updatedAt", u.createdAt());
    return n;
  }

  /** A user by id, full form, or a bare reference when unknown. */
  public ObjectNode user(long id) {
    return store.user(id).map(this::user).orElseGet(() -> Json.object().put("id", id));
  }

  /** {@code TeamRel[]}, sorted by id as ilert returns them. */
  public ArrayNode teamRels(List<Long> ids) {
    ArrayNode arr = Json.array();
    ids.stream()
        .sorted()
        .forEach(
            id -> {
              ObjectNode n = Json.object().put("id", id);
              Team t = store.teams().get(id);
              if (t != null) {
                n.put("name", t.name());
              }
              arr.add(n);
            });
    return arr;
  }

  /** The full {@code Team}. */
  public ObjectNode team(Team t) {
    ObjectNode n =
        Json.object().put("id", t.id()).put("name", t.name()).put("visibility", t.visibility());
    ArrayNode members = n.putArray("members");
    for (Team.Member m : t.members()) {
      members.add(Json.object().set("user", user(m.userId())).put("role", m.role()));
    }
    Json.put(n, "createdAt", t.createdAt());
    Json.put(n, "updatedAt", t.createdAt());
    return n;
  }

  /** {@code ScheduleRel}. */
  public ObjectNode scheduleRel(long id) {
    ObjectNode n = Json.object().put("id", id);
    Schedule s = store.schedules().get(id);
    if (s != null) {
      n.put("name", s.name()).put("type", s.type());
    }
    return n;
  }

  /** A {@code Schedule} with the requested includes. */
  public ObjectNode schedule(Schedule s, Set<String> include, Instant now) {
    ObjectNode n =
        Json.object()
            .put("id", s.id())
            .put("name", s.name())
            .put("timezone", s.zone().getId())
            .put("type", s.type())
            .put("showGaps", s.showGaps());
    Json.put(n, "defaultShiftDuration", s.defaultShiftDuration());
    n.set("teams", teamRels(s.teamIds()));
    if (include.contains("scheduleLayers") && s.recurring()) {
      ArrayNode layers = n.putArray("scheduleLayers");
      s.layers().forEach(l -> layers.add(layer(l, s)));
    }
    if (include.contains("shifts") && !s.recurring()) {
      ArrayNode shifts = n.putArray("shifts");
      s.staticShifts().forEach(sh -> shifts.add(shiftRel(sh)));
    }
    if (include.contains("currentShift")) {
      onCall.shiftAt(s, now).ifPresent(sh -> n.set("currentShift", shiftRel(sh)));
    }
    if (include.contains("nextShift")) {
      onCall.nextShift(s, now).ifPresent(sh -> n.set("nextShift", shiftRel(sh)));
    }
    return n;
  }

  private ObjectNode layer(ScheduleLayer l, Schedule s) {
    DateTimeFormatter f = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    ObjectNode n = Json.object();
    Json.put(n, "name", l.name());
    n.put("startsOn", ZonedDateTime.of(l.startsOn(), s.zone()).format(f));
    if (l.endsOn() != null) {
      n.put("endsOn", ZonedDateTime.of(l.endsOn(), s.zone()).format(f));
    }
    ArrayNode users = n.putArray("users");
    l.userIds().forEach(id -> users.add(userRel(id)));
    n.put("rotation", l.rotation());
    if (!l.restrictions().isEmpty()) {
      n.put("restrictionType", "TIMES_OF_WEEK");
      ArrayNode rs = n.putArray("restrictions");
      for (Restriction r : l.restrictions()) {
        rs.add(Json.object().set("from", tow(r.from())).set("to", tow(r.to())));
      }
    }
    return n;
  }

  private static ObjectNode tow(TimeOfWeek t) {
    return Json.object()
        .put("dayOfWeek", t.dayOfWeek().name())
        .put("time", String.format("%02d:%02d", t.time().getHour(), t.time().getMinute()));
  }

  /** {@code ShiftRel}: user reference, start, end. */
  public ObjectNode shiftRel(Shift s) {
    return Json.object()
        .set("user", userRel(s.userId()))
        .put("start", Json.ts(s.start()))
        .put("end", Json.ts(s.end()));
  }

  /** {@code Shift}: full user, start, end. */
  public ObjectNode shift(Shift s) {
    return Json.object()
        .set("user", user(s.userId()))
        .put("start", Json.ts(s.start()))
        .put("end", Json.ts(s.end()));
  }

  /** The full {@code EscalationPolicy}. */
  public ObjectNode policy(EscalationPolicy p) {
    ObjectNode n = Json.object().put("id", p.id()).put("name", p.name());
    ArrayNode rules = n.putArray("escalationRules");
    p.rules().forEach(r -> rules.add(rule(r)));
    n.set("teams", teamRels(p.teamIds()));
    n.put("repeating", p.repeating()).put("frequency", p.frequency()).put("delayMin", p.delayMin());
    Json.put(n, "routingKey", p.routingKey());
    return n;
  }

  /** A policy by id (full), or a bare reference. */
  public ObjectNode policy(long id) {
    EscalationPolicy p = store.policies().get(id);
    return p == null ? Json.object().put("id", id) : policy(p);
  }

  /** An {@code EscalationRule}. */
  public ObjectNode rule(EscalationRule r) {
    ObjectNode n = Json.object().put("escalationTimeout", r.escalationTimeout());
    ArrayNode users = n.putArray("users");
    r.userIds().forEach(id -> users.add(userRel(id)));
    ArrayNode schedules = n.putArray("schedules");
    r.scheduleIds().forEach(id -> schedules.add(scheduleRel(id)));
    n.set("teams", teamRels(r.teamIds()));
    return n;
  }

  /**
   * An {@code AlertSource}. The integration key is shown only to roles that may manage sources, as
   * ilert returns it null to callers without update permission.
   */
  public ObjectNode source(AlertSource s, User caller) {
    ObjectNode n = Json.object().put("id", s.id()).put("name", s.name());
    n.set("teams", teamRels(s.teamIds()));
    n.set("escalationPolicy", policy(s.escalationPolicyId()));
    n.put("integrationType", s.integrationType());
    if (caller == null || caller.role().canManage()) {
      n.put("integrationKey", s.integrationKey());
      n.put("integrationUrl", "http://localhost/api/v1/events/" + s.integrationKey());
    }
    Json.put(n, "autoResolutionTimeout", s.autoResolutionTimeout());
    Json.put(n, "alertGroupingWindow", s.alertGroupingWindow());
    Json.put(n, "alertCreation", s.alertCreation());
    n.put("status", sourceStatus(s));
    n.put("active", s.active());
    Json.put(n, "alertPriorityRule", s.alertPriorityRule());
    n.put("bidirectional", false);
    Json.put(n, "createdAt", s.createdAt());
    Json.put(n, "updatedAt", s.createdAt());
    return n;
  }

  /** A source's derived status: DISABLED, PENDING, ALL_ACCEPTED or ALL_RESOLVED. */
  public String sourceStatus(AlertSource s) {
    if (!s.active()) {
      return "DISABLED";
    }
    boolean accepted = false;
    for (Long id : store.openAlerts()) {
      var a = store.alerts().get(id);
      if (a.sourceId() == s.id()) {
        if (a.status() == AlertStatus.PENDING) {
          return "PENDING";
        }
        accepted = true;
      }
    }
    return accepted ? "ALL_ACCEPTED" : "ALL_RESOLVED";
  }

  /** A {@code Service} without includes. */
  public ObjectNode service(Service s) {
    ObjectNode n = Json.object().put("id", s.id()).put("name", s.name());
    Json.put(n, "alias", s.alias());
    n.put("status", s.status());
    Json.put(n, "description", s.description());
    n.put("oneOpenIncidentOnly", s.oneOpenIncidentOnly());
    n.put("showUptimeHistory", s.showUptimeHistory());
    n.set("teams", teamRels(s.teamIds()));
    return n;
  }

  /** A service by id, or a bare reference. */
  public ObjectNode service(long id) {
    return Optional.ofNullable(store.services().get(id))
        .map(this::service)
        .orElseGet(() -> Json.object().put("id", id));
  }
}
