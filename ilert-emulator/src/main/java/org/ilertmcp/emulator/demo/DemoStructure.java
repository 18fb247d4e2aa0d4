package org.ilertmcp.emulator.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.EscalationPolicy;
import org.ilertmcp.emulator.domain.EscalationRule;
import org.ilertmcp.emulator.domain.Restriction;
import org.ilertmcp.emulator.domain.Schedule;
import org.ilertmcp.emulator.domain.ScheduleLayer;
import org.ilertmcp.emulator.domain.Service;
import org.ilertmcp.emulator.domain.Shift;
import org.ilertmcp.emulator.domain.TimeOfWeek;
import org.ilertmcp.emulator.engine.Store;

/**
 * The demo organisation's on-call structure: 4 schedules, 5 escalation policies, 6 services and 8
 * alert sources. Layer start dates are aligned to Mondays some weeks before "now", so rotations
 * look the same relative to the current week whatever day the emulator starts.
 */
final class DemoStructure {
  static final long PLATFORM_WEEKLY = 301;
  static final long PAYMENTS_FOLLOW_THE_SUN = 302;
  static final long MOBILE_ONCALL = 303;
  static final long SECURITY_WEEKDAYS = 304;

  static final long POLICY_PLATFORM = 401;
  static final long POLICY_PAYMENTS = 402;
  static final long POLICY_MOBILE = 403;
  static final long POLICY_SECURITY = 404;
  static final long POLICY_LOW_URGENCY = 405;

  static final long SRC_PROMETHEUS = 501;
  static final long SRC_DATADOG = 502;
  static final long SRC_GRAFANA = 503;
  static final long SRC_NAGIOS_NOISY = 504;
  static final long SRC_KUBERNETES_FLAPPING = 505;
  static final long SRC_HEARTBEAT = 506;
  static final long SRC_SIEM = 507;
  static final long SRC_EMAIL = 508;

  private DemoStructure() {}

  static void populate(Store store, Instant now) {
    schedules(store, now);
    policies(store);
    services(store);
    sources(store, now);
  }

  private static LocalDateTime mondayWeeksAgo(Instant now, ZoneId zone, int weeks, LocalTime at) {
    return LocalDateTime.ofInstant(now, zone)
        .toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .minusWeeks(weeks)
        .atTime(at);
  }

  private static Restriction window(DayOfWeek fromDay, String from, DayOfWeek toDay, String to) {
    return new Restriction(
        new TimeOfWeek(fromDay, LocalTime.parse(from)), new TimeOfWeek(toDay, LocalTime.parse(to)));
  }

  private static void schedules(Store store, Instant now) {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    ZoneId newYork = ZoneId.of("America/New_York");
    ZoneId la = ZoneId.of("America/Los_Angeles");
    LocalTime nine = LocalTime.of(9, 0);
    put(
        store,
        new Schedule(
            PLATFORM_WEEKLY,
            "Platform weekly",
            berlin,
            "RECURRING",
            List.of(
                new ScheduleLayer(
                    "Weekly rotation",
                    mondayWeeksAgo(now, berlin, 9, nine),
                    null,
                    List.of(DemoPeople.RESPONDER, 1006L, DemoPeople.SECURITY_RESPONDER),
                    "P7D",
                    List.of())),
            List.of(),
            List.of(),
            List.of(201L),
            false,
            "P7D"));
    List<Restriction> businessHours = new ArrayList<>();
    for (DayOfWeek d :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      businessHours.add(window(d, "08:00", d, "20:00"));
    }
    put(
        store,
        new Schedule(
            PAYMENTS_FOLLOW_THE_SUN,
            "Payments follow-the-sun",
            newYork,
            "RECURRING",
            List.of(
                new ScheduleLayer(
                    "Istanbul base",
                    mondayWeeksAgo(now, newYork, 9, LocalTime.of(8, 0)),
                    null,
                    List.of(1004L, 1011L),
                    "P7D",
                    List.of()),
                new ScheduleLayer(
                    "New York business hours",
                    mondayWeeksAgo(now, newYork, 9, LocalTime.of(8, 0)),
                    null,
                    List.of(1007L, DemoPeople.MANAGER),
                    "P1D",
                    businessHours)),
            List.of(),
            List.of(),
            List.of(202L),
            true,
            "P1D"));
    Instant overrideStart = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
    put(
        store,
        new Schedule(
            MOBILE_ONCALL,
            "Mobile on-call",
            la,
            "RECURRING",
            List.of(
                new ScheduleLayer(
                    "Weekly",
                    mondayWeeksAgo(now, la, 9, nine),
                    null,
                    List.of(1005L, 1008L),
                    "P7D",
                    List.of())),
            List.of(),
            List.of(new Shift(1007L, overrideStart, overrideStart.plus(Duration.ofHours(12)))),
            List.of(203L),
            false,
            "P7D"));
    put(
        store,
        new Schedule(
            SECURITY_WEEKDAYS,
            "Security weekdays",
            berlin,
            "RECURRING",
            List.of(
                new ScheduleLayer(
                    "Weekday daytime",
                    mondayWeeksAgo(now, berlin, 9, nine),
                    null,
                    List.of(DemoPeople.SECURITY_RESPONDER, 1011L),
                    "P1D",
                    List.of(window(DayOfWeek.MONDAY, "09:00", DayOfWeek.FRIDAY, "18:00")))),
            List.of(),
            List.of(),
            List.of(204L),
            true,
            "P1D"));
  }

  private static void put(Store store, Schedule s) {
    store.schedules().put(s.id(), s);
    store.nextId("schedule", s.id());
  }

  private static EscalationRule users(int timeout, Long... ids) {
    return new EscalationRule(timeout, List.of(ids), List.of(), List.of());
  }

  private static EscalationRule schedule(int timeout, long id) {
    return new EscalationRule(timeout, List.of(), List.of(id), List.of());
  }

  private static void policies(Store store) {
    put(
        store,
        new EscalationPolicy(
            POLICY_PLATFORM,
            "Platform critical",
            List.of(schedule(15, PLATFORM_WEEKLY), users(30, 1010L), users(30, DemoPeople.ADMIN)),
            List.of(201L),
            true,
            1,
            0,
            "platform"));
    put(
        store,
        new EscalationPolicy(
            POLICY_PAYMENTS,
            "Payments 24/7",
            List.of(schedule(10, PAYMENTS_FOLLOW_THE_SUN), users(20, DemoPeople.MANAGER)),
            List.of(202L),
            false,
            1,
            0,
            "payments"));
    put(
        store,
        new EscalationPolicy(
            POLICY_MOBILE,
            "Mobile",
            List.of(schedule(15, MOBILE_ONCALL), users(15, 1007L)),
            List.of(203L),
            false,
            1,
            0,
            "mobile"));
    put(
        store,
        new EscalationPolicy(
            POLICY_SECURITY,
            "Security incidents",
            List.of(
                schedule(5, SECURITY_WEEKDAYS), users(15, DemoPeople.SECURITY_RESPONDER, 1011L)),
            List.of(204L),
            false,
            1,
            0,
            "security"));
    put(
        store,
        new EscalationPolicy(
            POLICY_LOW_URGENCY,
            "Low urgency",
            List.of(users(60, 1010L), users(60, DemoPeople.MANAGER)),
            List.of(),
            false,
            1,
            0,
            null));
  }

  private static void put(Store store, EscalationPolicy p) {
    store.policies().put(p.id(), p);
    store.nextId("policy", p.id());
  }

  private static void services(Store store) {
    service(store, 601, "Checkout API", "checkout", 202, "Cart and checkout endpoints");
    service(store, 602, "Payments Gateway", "payments-gw", 202, "Card and wallet payments");
    service(store, 603, "Web Frontend", "web", 201, "Public website and shop");
    service(store, 604, "Mobile Backend", "mobile-api", 203, "API for the iOS and Android apps");
    service(store, 605, "Search", "search", 201, "Product search");
    service(store, 606, "Login", "auth", 201, "Sign-in and sessions");
  }

  private static void service(
      Store store, long id, String name, String alias, long team, String d) {
    store
        .services()
        .put(id, new Service(id, name, alias, "OPERATIONAL", d, false, true, List.of(team)));
    store.nextId("service", id);
  }

  private static void sources(Store store, Instant now) {
    Instant created = now.minus(Duration.ofDays(200));
    source(
        store,
        SRC_PROMETHEUS,
        "Prometheus production",
        "PROMETHEUS",
        POLICY_PLATFORM,
        201,
        "ONE_ALERT_PER_EMAIL",
        "HIGH",
        created);
    source(
        store,
        SRC_DATADOG,
        "Datadog payments",
        "DATADOG",
        POLICY_PAYMENTS,
        202,
        "ONE_ALERT_PER_EMAIL",
        "HIGH",
        created);
    source(
        store,
        SRC_GRAFANA,
        "Grafana mobile",
        "GRAFANA",
        POLICY_MOBILE,
        203,
        "ONE_ALERT_PER_EMAIL",
        "HIGH",
        created);
    source(
        store,
        SRC_NAGIOS_NOISY,
        "Nagios legacy hosts",
        "NAGIOS",
        POLICY_LOW_URGENCY,
        0,
        "ONE_ALERT_PER_EMAIL",
        "LOW",
        created);
    source(
        store,
        SRC_KUBERNETES_FLAPPING,
        "Kubernetes prod cluster",
        "KUBERNETES",
        POLICY_PLATFORM,
        201,
        "ONE_ALERT_PER_EMAIL",
        "HIGH",
        created);
    source(
        store,
        SRC_HEARTBEAT,
        "Nightly backup heartbeat",
        "HEARTBEAT2",
        POLICY_LOW_URGENCY,
        201,
        "ONE_OPEN_ALERT_ALLOWED",
        "HIGH",
        created);
    source(
        store,
        SRC_SIEM,
        "Security SIEM",
        "API",
        POLICY_SECURITY,
        204,
        "ONE_ALERT_PER_EMAIL",
        "HIGH",
        created);
    source(
        store,
        SRC_EMAIL,
        "Support inbox",
        "EMAIL2",
        POLICY_PAYMENTS,
        202,
        "ONE_ALERT_PER_EMAIL_SUBJECT",
        "LOW",
        created);
  }

  private static void source(
      Store store,
      long id,
      String name,
      String type,
      long policy,
      long team,
      String creation,
      String priority,
      Instant created) {
    String key = "demo-src-" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    store
        .sources()
        .put(
            id,
            new AlertSource(
                id,
                name,
                type,
                key,
                policy,
                team == 0 ? List.of() : List.of(team),
                creation,
                null,
                null,
                priority,
                true,
                created));
    store.nextId("source", id);
  }
}
