package org.ilertmcp.emulator.api;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ilertmcp.emulator.domain.Restriction;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.ScheduleLayer;
import org.ilertmcp.emulator.domain.Shift;
import org.ilertmcp.emulator.domain.TimeOfWeek;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;

/** {@code /api/schedules/**}: schedules, computed shifts, overrides, user on call. */
public final class SchedulesResource {
  private final Context ctx;
  private final Lookups find;

  /** The schedules resource. */
  public SchedulesResource(Context ctx) {
    this.ctx = ctx;
    this.find = new Lookups(ctx);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/schedules", Access.READ, this::list);
    r.post("/schedules", Access.MANAGE, this::create);
    r.get(
        "/schedules/name/{name}",
        Access.READ,
        req ->
            ApiResponse.ok(
                ctx.views()
                    .schedule(
                        Named.find(
                            ctx.store().schedules().values(),
                            s -> s.name(),
                            s -> ctx.visibility().canSee(req.caller(), s.teamIds()),
                            req),
                        new HashSet<>(req.all("include")),
                        req.now())));
    r.get("/schedules/{id}", Access.READ, this::get);
    r.put("/schedules/{id}", Access.MANAGE, this::update);
    r.delete("/schedules/{id}", Access.MANAGE, this::delete);
    r.get("/schedules/{id}/shifts", Access.READ, this::shifts);
    r.get("/schedules/{id}/overrides", Access.READ, this::overrides);
    r.put("/schedules/{id}/overrides", Access.MANAGE, this::addOverride);
    r.post("/schedules/{id}/overrides", Access.MANAGE, this::addOverride);
    r.get("/schedules/{id}/user-on-call", Access.READ, this::userOnCall);
  }

  private ApiResponse list(ApiRequest req) {
    Paging paging = Paging.of(req, 20, 20);
    Set<String> include = new HashSet<>(req.all("include"));
    List<Schedule> items =
        ctx.store().schedules().values().stream()
            .filter(s -> ctx.visibility().listed(req, s.teamIds()))
            .toList();
    return ApiResponse.ok(
        Json.array(
            paging.apply(items).stream()
                .map(s -> ctx.views().schedule(s, include, req.now()))
                .toList()));
  }

  private ApiResponse get(ApiRequest req) {
    Schedule s = find.schedule(req, req.pathLong("id"));
    return ApiResponse.ok(ctx.views().schedule(s, new HashSet<>(req.all("include")), req.now()));
  }

  private ApiResponse create(ApiRequest req) {
    long id = ctx.store().nextId("schedule", 301);
    Schedule s = fromBody(req.json(), id, List.of());
    ctx.store().schedules().put(id, s);
    return ApiResponse.of(
            201, ctx.views().schedule(s, Set.of("scheduleLayers", "shifts"), req.now()))
        .header("Location", "/api/schedules/" + id);
  }

  private ApiResponse update(ApiRequest req) {
    Schedule old = find.schedule(req, req.pathLong("id"));
    Schedule s = fromBody(req.json(), old.id(), old.overrides());
    if (!s.type().equals(old.type())) {
      throw ApiException.badRequest("the type of a schedule cannot change");
    }
    ctx.store().schedules().put(old.id(), s);
    return ApiResponse.ok(ctx.views().schedule(s, Set.of("scheduleLayers", "shifts"), req.now()));
  }

  private ApiResponse delete(ApiRequest req) {
    ctx.store().schedules().remove(find.schedule(req, req.pathLong("id")).id());
    return ApiResponse.empty(204);
  }

  private ApiResponse shifts(ApiRequest req) {
    Schedule s = find.schedule(req, req.pathLong("id"));
    Instant from = req.instant("from");
    if (from == null) {
      ZonedDateTime local = req.now().atZone(s.zone());
      from = local.minusMonths(1).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
    }
    Instant until = req.instant("until");
    if (until == null) {
      until = from.atZone(s.zone()).plusMonths(3).toInstant();
    }
    if (!until.isAfter(from)) {
      throw ApiException.badRequest("'until' must be after 'from'");
    }
    if (Duration.between(from, until).toDays() > 366) {
      throw ApiException.badRequest("the range of 'from' to 'until' must not exceed one year");
    }
    boolean exclude = req.bool("exclude-overrides", false);
    List<Shift> shifts = ctx.onCall().shifts(s, from, until, exclude);
    return ApiResponse.ok(Json.array(shifts.stream().map(ctx.views()::shift).toList()));
  }

  private ApiResponse overrides(ApiRequest req) {
    Schedule s = find.schedule(req, req.pathLong("id"));
    return ApiResponse.ok(Json.array(s.overrides().stream().map(ctx.views()::shift).toList()));
  }

  private ApiResponse addOverride(ApiRequest req) {
    Schedule s = find.schedule(req, req.pathLong("id"));
    JsonNode body = req.json();
    Long userId = Json.refId(body, "user");
    if (userId == null) {
      throw ApiException.badRequest("field 'user' is required");
    }
    var user = find.user(userId);
    if (!user.role().canRespond()) {
      throw ApiException.badRequest("stakeholders cannot be put on a schedule");
    }
    Instant start = instantField(body, "start", s.zone());
    Instant end = instantField(body, "end", s.zone());
    if (!end.isAfter(start)) {
      throw ApiException.badRequest("'end' must be after 'start'");
    }
    if (!end.isAfter(req.now())) {
      throw ApiException.badRequest("an override must not be in the past");
    }
    Schedule next = s.withOverride(new Shift(userId, start, end));
    ctx.store().schedules().put(s.id(), next);
    return ApiResponse.ok(ctx.views().scheduleRel(s.id()));
  }

  private ApiResponse userOnCall(ApiRequest req) {
    Schedule s = find.schedule(req, req.pathLong("id"));
    return ctx.onCall()
        .shiftAt(s, req.now())
        .map(sh -> ApiResponse.ok(ctx.views().shift(sh)))
        .orElseGet(() -> ApiResponse.empty(204));
  }

  /** A date-time field with offset, or a wall-clock time read in the schedule's zone. */
  static Instant instantField(JsonNode body, String field, ZoneId zone) {
    String raw = Json.required(body, field);
    try {
      return OffsetDateTime.parse(raw).toInstant();
    } catch (DateTimeParseException e) {
      return localField(raw, field).atZone(zone).toInstant();
    }
  }

  private static LocalDateTime localField(String raw, String field) {
    try {
      return OffsetDateTime.parse(raw).toLocalDateTime();
    } catch (DateTimeParseException ignored) {
      try {
        return LocalDateTime.parse(raw);
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest("field '" + field + "' must be an ISO-8601 date-time");
      }
    }
  }

  private Schedule fromBody(JsonNode body, long id, List<Shift> overrides) {
    String name = Json.required(body, "name");
    String type = Json.required(body, "type");
    if (!type.equals("STATIC") && !type.equals("RECURRING")) {
      throw ApiException.badRequest("type must be STATIC or RECURRING");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(Json.required(body, "timezone"));
    } catch (java.time.DateTimeException e) {
      throw ApiException.badRequest("unknown timezone " + Json.text(body, "timezone"));
    }
    List<ScheduleLayer> layers = new ArrayList<>();
    List<Shift> shifts = new ArrayList<>();
    if (type.equals("RECURRING")) {
      for (JsonNode l : body.path("scheduleLayers")) {
        layers.add(layer(l, zone));
      }
      if (layers.isEmpty()) {
        throw ApiException.badRequest("a RECURRING schedule needs scheduleLayers");
      }
    } else {
      for (JsonNode sh : body.path("shifts")) {
        Long user = Json.refId(sh, "user");
        if (user == null) {
          throw ApiException.badRequest("every shift needs a user");
        }
        find.user(user);
        shifts.add(new Shift(user, instantField(sh, "start", zone), instantField(sh, "end", zone)));
      }
      if (shifts.isEmpty()) {
        throw ApiException.badRequest("a STATIC schedule needs shifts");
      }
    }
    return new Schedule(
        id,
        name,
        zone,
        type,
        layers,
        shifts,
        overrides,
        Json.refIds(body, "teams"),
        body.path("showGaps").asBoolean(false),
        Json.text(body, "defaultShiftDuration"));
  }

  private ScheduleLayer layer(JsonNode l, ZoneId zone) {
    LocalDateTime startsOn = LocalDateTime.ofInstant(instantField(l, "startsOn", zone), zone);
    LocalDateTime endsOn =
        Json.text(l, "endsOn") == null
            ? null
            : LocalDateTime.ofInstant(instantField(l, "endsOn", zone), zone);
    List<Long> users = Json.refIds(l, "users");
    if (users.isEmpty()) {
      throw ApiException.badRequest("every schedule layer needs users");
    }
    users.forEach(find::user);
    String rotation = Json.required(l, "rotation");
    try {
      if (rotation.contains("T")) {
        Duration.parse(rotation);
      } else {
        java.time.Period.parse(rotation);
      }
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("rotation must be an ISO-8601 duration such as P7D");
    }
    List<Restriction> restrictions = new ArrayList<>();
    for (JsonNode r : l.path("restrictions")) {
      restrictions.add(new Restriction(timeOfWeek(r.get("from")), timeOfWeek(r.get("to"))));
    }
    return new ScheduleLayer(Json.text(l, "name"), startsOn, endsOn, users, rotation, restrictions);
  }

  private static TimeOfWeek timeOfWeek(JsonNode n) {
    try {
      return new TimeOfWeek(
          DayOfWeek.valueOf(Json.required(n, "dayOfWeek")),
          LocalTime.parse(Json.required(n, "time")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw ApiException.badRequest("restrictions need {dayOfWeek: MONDAY..SUNDAY, time: HH:mm}");
    }
  }
}
