package org.ilertmcp.emulator.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Consumer;
import org.ilertmcp.emulator.domain.Alert;
import org.ilertmcp.emulator.domain.AlertSource;
import org.ilertmcp.emulator.domain.AlertStatus;
import org.ilertmcp.emulator.domain.Priority;
import org.ilertmcp.emulator.domain.Responder;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.AlertService;
import org.ilertmcp.emulator.engine.EscalationEngine;
import org.ilertmcp.emulator.engine.EventInput;
import org.ilertmcp.emulator.engine.Store;

/**
 * Generates 30 days of alert history by replaying events through the real engine in time order, so
 * escalations, notifications and log entries are derived, not invented. Times are wall-clock times
 * in Berlin on the days before "now", so counts, after-hours pages, MTTA and MTTR do not depend on
 * the time of day the emulator starts.
 */
final class DemoAlerts {
  /** The alert key of the flapping Kubernetes alert. */
  static final String FLAPPING_KEY = "checkout-pod-crashloop";

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final Store store;
  private final AlertService alerts;
  private final EscalationEngine escalation;
  private final Random random;
  private final Instant now;
  private final PriorityQueue<Step> steps = new PriorityQueue<>();
  private long sequence;

  private record Step(Instant at, long seq, Consumer<Instant> action) implements Comparable<Step> {
    @Override
    public int compareTo(Step o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  DemoAlerts(
      Store store, AlertService alerts, EscalationEngine escalation, long seed, Instant now) {
    this.store = store;
    this.alerts = alerts;
    this.escalation = escalation;
    this.random = new Random(seed);
    this.now = now;
  }

  void populate() {
    LocalDate today = LocalDate.ofInstant(now, BERLIN);
    for (int d = 30; d >= 1; d--) {
      LocalDate day = today.minusDays(d);
      boolean yesterday = d == 1;
      plan(
          day,
          yesterday,
          DemoStructure.SRC_PROMETHEUS,
          1 + random.nextInt(3),
          2,
          20,
          10,
          90,
          List.of(
              "CPU saturation on api-%d",
              "High 5xx rate on web-%d", "Disk 90%% on db-%d", "Memory pressure on cache-%d"));
      plan(
          day,
          yesterday,
          DemoStructure.SRC_DATADOG,
          1 + random.nextInt(2),
          1,
          12,
          15,
          120,
          List.of(
              "Payment latency p99 above 2s (node %d)", "Card auth error rate high (region %d)"));
      if (d % 2 == 0) {
        plan(
            day,
            yesterday,
            DemoStructure.SRC_GRAFANA,
            1,
            3,
            30,
            20,
            60,
            List.of("App crash rate above 1%% (build %d)"));
      }
      nagios(day, yesterday, 6 + random.nextInt(5));
      flapping(day, yesterday, 1 + random.nextInt(2));
      if (d % 4 == 0) {
        plan(
            day,
            yesterday,
            DemoStructure.SRC_SIEM,
            1,
            2,
            8,
            30,
            180,
            List.of("Impossible travel for account %d"));
      }
      if (d % 3 == 0) {
        plan(
            day,
            yesterday,
            DemoStructure.SRC_EMAIL,
            1,
            20,
            240,
            60,
            300,
            List.of("Customer ticket: checkout fails (case %d)"));
      }
      if (d == 27 || d == 19 || d == 11 || d == 4) {
        Instant at = day.atTime(3, 0).atZone(BERLIN).toInstant();
        schedule(
            at,
            t ->
                create(
                    DemoStructure.SRC_HEARTBEAT,
                    "backup-heartbeat",
                    "Nightly backup heartbeat overdue",
                    null,
                    t,
                    Duration.ofMinutes(30),
                    Duration.ofMinutes(90)));
      }
    }
    openNow();
    while (!steps.isEmpty()) {
      Step step = steps.poll();
      escalation.catchUp(step.at());
      step.action().accept(step.at());
    }
    escalation.catchUp(now);
  }

  private void schedule(Instant at, Consumer<Instant> action) {
    steps.add(new Step(at, sequence++, action));
  }

  /** A time on {@code day}; yesterday's alerts start before noon so they end before today. */
  private Instant timeOn(LocalDate day, boolean yesterday) {
    int minute = random.nextInt(yesterday ? 12 * 60 : 24 * 60);
    return day.atTime(LocalTime.MIN.plusMinutes(minute)).atZone(BERLIN).toInstant();
  }

  private void plan(
      LocalDate day,
      boolean yesterday,
      long sourceId,
      int count,
      int ackMin,
      int ackMax,
      int resMin,
      int resMax,
      List<String> summaries) {
    for (int i = 0; i < count; i++) {
      Instant at = timeOn(day, yesterday);
      String summary =
          String.format(summaries.get(random.nextInt(summaries.size())), 1 + random.nextInt(6));
      Duration ack = Duration.ofMinutes(ackMin + random.nextInt(ackMax - ackMin + 1));
      Duration res = ack.plusMinutes(resMin + random.nextInt(resMax - resMin + 1));
      String key = summary.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      schedule(at, t -> create(sourceId, key, summary, null, t, ack, res));
    }
  }

  /** The noisy source: many LOW alerts, rarely accepted, resolved by the source. */
  private void nagios(LocalDate day, boolean yesterday, int count) {
    for (int i = 0; i < count; i++) {
      Instant at = timeOn(day, yesterday);
      int host = 1 + random.nextInt(8);
      String check = List.of("disk", "load", "swap", "ntp").get(random.nextInt(4));
      Duration res = Duration.ofMinutes(5 + random.nextInt(41));
      boolean accepted = random.nextInt(10) == 0;
      String key = "legacy-" + host + "/" + check;
      String summary = "WARNING " + check + " on legacy-" + host;
      schedule(
          at,
          t ->
              create(
                  DemoStructure.SRC_NAGIOS_NOISY,
                  key,
                  summary,
                  null,
                  t,
                  accepted ? Duration.ofMinutes(3) : null,
                  res));
    }
  }

  /** The flapping alert: the same key opens and auto-resolves within minutes, again and again. */
  private void flapping(LocalDate day, boolean yesterday, int cycles) {
    for (int i = 0; i < cycles; i++) {
      Instant at = timeOn(day, yesterday);
      Duration res = Duration.ofMinutes(2 + random.nextInt(5));
      schedule(
          at,
          t ->
              create(
                  DemoStructure.SRC_KUBERNETES_FLAPPING,
                  FLAPPING_KEY,
                  "Pod checkout-7f9c in CrashLoopBackOff",
                  null,
                  t,
                  null,
                  res));
    }
  }

  /** Alerts that are still open at "now". */
  private void openNow() {
    schedule(
        now.minus(Duration.ofMinutes(25)),
        t ->
            create(
                DemoStructure.SRC_PROMETHEUS,
                "checkout-5xx",
                "High 5xx rate on checkout",
                Priority.HIGH,
                t,
                null,
                null));
    schedule(
        now.minus(Duration.ofHours(3)),
        t ->
            create(
                DemoStructure.SRC_NAGIOS_NOISY,
                "legacy-2/disk",
                "WARNING disk on legacy-2",
                null,
                t,
                null,
                null));
    schedule(
        now.minus(Duration.ofMinutes(50)),
        t ->
            create(
                DemoStructure.SRC_DATADOG,
                "payment-latency-p99",
                "Payment latency p99 above 2s",
                null,
                t,
                Duration.ofMinutes(8),
                null));
    schedule(
        now.minus(Duration.ofMinutes(45)),
        t ->
            create(
                DemoStructure.SRC_GRAFANA,
                "push-queue-backlog",
                "Push notification queue backlog",
                null,
                t,
                Duration.ofMinutes(6),
                null));
    schedule(
        now.minus(Duration.ofMinutes(10)),
        t ->
            create(
                DemoStructure.SRC_SIEM,
                "login-burst",
                "Suspicious login burst on admin console",
                null,
                t,
                null,
                null));
    schedule(
        now.minus(Duration.ofMinutes(4)),
        t ->
            create(
                DemoStructure.SRC_KUBERNETES_FLAPPING,
                FLAPPING_KEY,
                "Pod checkout-7f9c in CrashLoopBackOff",
                null,
                t,
                null,
                null));
  }

  /**
   * Sends an ALERT event at {@code at}; schedules acceptance (by whoever is paged then) after
   * {@code ack} and resolution after {@code res} (by the accepting user, or by the source when
   * nobody accepted). Null durations mean it does not happen.
   */
  private void create(
      long sourceId,
      String key,
      String summary,
      Priority priority,
      Instant at,
      Duration ack,
      Duration res) {
    AlertSource source = store.sources().get(sourceId);
    Alert alert =
        alerts.onEvent(source, EventInput.of("ALERT", key, summary, priority), at).alert();
    if (ack != null && at.plus(ack).isBefore(now)) {
      schedule(at.plus(ack), t -> accept(alert, t));
    }
    if (res != null && at.plus(res).isBefore(now)) {
      schedule(at.plus(res), t -> resolve(alert, t));
    }
  }

  private void accept(Alert alert, Instant at) {
    if (alert.status() != AlertStatus.PENDING) {
      return;
    }
    alerts.accept(alert, acceptingUser(alert), at);
  }

  private void resolve(Alert alert, Instant at) {
    if (alert.status() == AlertStatus.RESOLVED) {
      return;
    }
    if (alert.acceptedBy() == null) {
      alerts.onEvent(
          store.sources().get(alert.sourceId()),
          EventInput.of("RESOLVE", alert.alertKey(), "recovered", null),
          at);
    } else {
      alerts.resolve(alert, store.users().get(alert.acceptedBy()), at);
    }
  }

  private User acceptingUser(Alert alert) {
    for (Responder r : alert.responders()) {
      if ("PENDING".equals(r.status())) {
        return store.users().get(r.userId());
      }
    }
    return store.users().get(DemoPeople.ADMIN);
  }
}
