package org.ilertmcp.server.tools.analysis.noise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.server.testing.Sandbox;
import org.ilertmcp.server.tool.output.Output;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code analyze_alerts} against the demo organisation, through the protocol dispatcher. Every
 * expected figure is computed here from the emulator's own alert state, not by the tool's
 * statistics class.
 */
class AnalyzeAlertsToolTest {
  /** The demo users' time zones, as docs/emulator.md and the emulator's DemoPeople list them. */
  private static final Map<Long, ZoneId> ZONES =
      Map.ofEntries(
          Map.entry(1001L, ZoneId.of("Europe/Berlin")),
          Map.entry(1002L, ZoneId.of("America/New_York")),
          Map.entry(1003L, ZoneId.of("Europe/Berlin")),
          Map.entry(1004L, ZoneId.of("Asia/Istanbul")),
          Map.entry(1005L, ZoneId.of("America/Los_Angeles")),
          Map.entry(1006L, ZoneId.of("Europe/Berlin")),
          Map.entry(1007L, ZoneId.of("America/New_York")),
          Map.entry(1008L, ZoneId.of("America/Los_Angeles")),
          Map.entry(1009L, ZoneId.of("Europe/Berlin")),
          Map.entry(1010L, ZoneId.of("Europe/Berlin")),
          Map.entry(1011L, ZoneId.of("Asia/Istanbul")),
          Map.entry(1012L, ZoneId.of("America/New_York")));

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static JsonNode analyse(String arguments) {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "analyze_alerts", arguments);
    assertThat(call.isError()).as(call.text()).isFalse();
    return call.structured();
  }

  /** The demo alerts inside the window the result reports. */
  private static List<AlertSnapshot> inWindow(JsonNode result, Predicate<AlertSnapshot> filter) {
    Instant from = Instant.parse(result.path("window").path("from").asString());
    Instant until = Instant.parse(result.path("window").path("until").asString());
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> !a.reportTime().isBefore(from) && a.reportTime().isBefore(until))
        .filter(filter)
        .toList();
  }

  /** Nearest rank, written out independently: the value at 1-based rank ceil(p/100 * n). */
  private static Long nearestRank(List<Long> values, int p) {
    if (values.isEmpty()) {
      return null;
    }
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(rank, 1) - 1);
  }

  /** Whole seconds between two instants as the API shows them (milliseconds). */
  private static long seconds(Instant start, Instant end) {
    return Duration.between(
            start.truncatedTo(ChronoUnit.MILLIS), end.truncatedTo(ChronoUnit.MILLIS))
        .toSeconds();
  }

  private static List<Long> ack(List<AlertSnapshot> alerts) {
    return alerts.stream()
        .filter(a -> a.acceptedOn() != null)
        .map(a -> seconds(a.reportTime(), a.acceptedOn()))
        .toList();
  }

  private static List<Long> res(List<AlertSnapshot> alerts) {
    return alerts.stream()
        .filter(a -> a.resolvedOn() != null)
        .map(a -> seconds(a.reportTime(), a.resolvedOn()))
        .toList();
  }

  private static void assertResponse(JsonNode row, List<AlertSnapshot> alerts, String what) {
    assertThat(row.path("alerts").asInt()).as(what).isEqualTo(alerts.size());
    assertThat(row.path("accepted").asInt()).as(what).isEqualTo(ack(alerts).size());
    assertThat(row.path("resolved").asInt()).as(what).isEqualTo(res(alerts).size());
    assertThat(optional(row, "mtta_median_seconds"))
        .as(what)
        .isEqualTo(nearestRank(ack(alerts), 50));
    assertThat(optional(row, "mtta_p90_seconds")).as(what).isEqualTo(nearestRank(ack(alerts), 90));
    assertThat(optional(row, "mttr_median_seconds"))
        .as(what)
        .isEqualTo(nearestRank(res(alerts), 50));
    assertThat(optional(row, "mttr_p90_seconds")).as(what).isEqualTo(nearestRank(res(alerts), 90));
  }

  private static Long optional(JsonNode row, String field) {
    return row.has(field) ? row.path(field).asLong() : null;
  }

  private static JsonNode row(JsonNode rows, String idField, long id) {
    for (JsonNode r : rows) {
      if (r.path(idField).asLong() == id) {
        return r;
      }
    }
    throw new AssertionError("no row with " + idField + " " + id + " in " + rows);
  }

  private static boolean afterHours(Instant at, ZoneId zone) {
    ZonedDateTime t = at.atZone(zone);
    boolean weekday = t.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    boolean office = !t.toLocalTime().isBefore(LocalTime.of(8, 0)) && t.getHour() < 18;
    return !(weekday && office);
  }

  @Test
  void thirtyDaysOfTheDemoOrganisation() {
    JsonNode r = analyse("{\"days\":30,\"timezone\":\"Europe/Berlin\"}");
    List<AlertSnapshot> alerts = inWindow(r, a -> true);
    assertThat(alerts).hasSizeGreaterThan(350);
    assertThat(r.path("alerts").asInt()).isEqualTo(alerts.size());
    assertThat(r.path("capped").asBoolean()).isFalse();
    assertThat(r.has("missing")).isFalse();
    assertThat(r.has("truncated")).isFalse();
    assertThat(r.path("window").path("timezone").asString()).isEqualTo("Europe/Berlin");
    assertThat(
            Duration.between(
                Instant.parse(r.path("window").path("from").asString()),
                Instant.parse(r.path("window").path("until").asString())))
        .isEqualTo(Duration.ofDays(30));

    // Volume: per source and per priority, each summing to the alert count.
    Map<Long, Long> perSource =
        alerts.stream()
            .collect(Collectors.groupingBy(AlertSnapshot::sourceId, Collectors.counting()));
    JsonNode bySource = r.path("volume").path("by_source");
    assertThat(bySource.size()).isEqualTo(perSource.size());
    long sum = 0;
    for (JsonNode row : bySource) {
      assertThat(row.path("alerts").asLong())
          .as("source %s", row.path("alert_source_id"))
          .isEqualTo(perSource.get(row.path("alert_source_id").asLong()));
      sum += row.path("alerts").asLong();
    }
    assertThat(sum).isEqualTo(alerts.size());
    assertThat(bySource.path(0).path("alert_source_id").asLong()).isEqualTo(504);
    assertThat(bySource.path(0).path("name").asString()).isEqualTo("Nagios legacy hosts");
    Map<String, Long> perPriority =
        alerts.stream()
            .collect(Collectors.groupingBy(AlertSnapshot::priority, Collectors.counting()));
    JsonNode byPriority = r.path("volume").path("by_priority");
    long prioritySum = 0;
    for (String p : byPriority.propertyNames()) {
      assertThat(byPriority.path(p).asLong()).as(p).isEqualTo(perPriority.get(p));
      prioritySum += byPriority.path(p).asLong();
    }
    assertThat(prioritySum).isEqualTo(alerts.size());
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    for (int h = 0; h < 24; h++) {
      int hour = h;
      assertThat(r.path("volume").path("by_hour").path(h).asLong())
          .as("hour %d", h)
          .isEqualTo(
              alerts.stream().filter(a -> a.reportTime().atZone(berlin).getHour() == hour).count());
    }
    assertThat(r.path("volume").path("by_weekday").path("Sat").asLong())
        .isEqualTo(
            alerts.stream()
                .filter(a -> a.reportTime().atZone(berlin).getDayOfWeek() == DayOfWeek.SATURDAY)
                .count());

    // Noise: the noisiest source, the flapping key, the auto-resolved share.
    JsonNode noisiest = r.path("noise").path("noisiest_sources").path(0);
    assertThat(noisiest.path("alert_source_id").asLong()).isEqualTo(504);
    assertThat(noisiest.path("alerts").asLong()).isEqualTo(perSource.get(504L));
    assertThat(noisiest.path("alerts").asLong()).isGreaterThan(4 * perSource.get(501L));
    long flappingCount =
        alerts.stream().filter(a -> "checkout-pod-crashloop".equals(a.alertKey())).count();
    assertThat(flappingCount).isGreaterThanOrEqualTo(35);
    JsonNode flapping = r.path("noise").path("flapping_keys");
    assertThat(flapping.path(0).path("alert_key").asString()).isEqualTo("checkout-pod-crashloop");
    assertThat(flapping.path(0).path("alert_source_id").asLong()).isEqualTo(505);
    assertThat(flapping.path(0).path("alerts").asLong()).isEqualTo(flappingCount);
    assertThat(flapping.path(0).path("accepted").asLong()).isZero();
    assertThat(flapping.path(0).path("max_resolve_seconds").asLong()).isBetween(120L, 360L);
    // The rule, independently: one source and key at least 5 times, p90 time to resolve <= 10 min.
    Map<String, List<AlertSnapshot>> byKey =
        alerts.stream()
            .filter(a -> a.alertKey() != null)
            .collect(
                Collectors.groupingBy(a -> a.sourceId() + "|" + a.alertKey().trim().toLowerCase()));
    List<String> flappingKeys =
        byKey.values().stream()
            .filter(g -> g.size() >= 5)
            .filter(g -> !res(g).isEmpty() && nearestRank(res(g), 90) <= 600)
            .map(g -> g.get(0).alertKey())
            .toList();
    List<String> reported = new ArrayList<>();
    flapping.forEach(f -> reported.add(f.path("alert_key").asString()));
    assertThat(reported).containsExactlyInAnyOrderElementsOf(flappingKeys);
    long auto =
        alerts.stream()
            .filter(a -> a.status().equals("RESOLVED") && a.acceptedOn() == null)
            .count();
    JsonNode autoResolved = r.path("noise").path("auto_resolved");
    assertThat(autoResolved.path("alerts").asLong()).isEqualTo(auto);
    assertThat(autoResolved.path("share").asDouble())
        .isEqualTo(Math.round(auto * 1000.0 / alerts.size()) / 1000.0);

    // Response times: overall, per source, per policy.
    JsonNode times = r.path("response_times");
    assertResponse(times.path("overall"), alerts, "overall");
    for (long source : perSource.keySet()) {
      assertResponse(
          row(times.path("by_source"), "alert_source_id", source),
          alerts.stream().filter(a -> a.sourceId() == source).toList(),
          "source " + source);
    }
    for (long policy : alerts.stream().map(AlertSnapshot::policyId).distinct().toList()) {
      assertResponse(
          row(times.path("by_policy"), "escalation_policy_id", policy),
          alerts.stream().filter(a -> a.policyId() == policy).toList(),
          "policy " + policy);
    }
    assertThat(times.path("method").asString()).contains("nearest rank");

    // After hours, per person in their own time zone.
    Map<Long, long[]> perPerson = new TreeMap<>();
    for (AlertSnapshot a : alerts) {
      a.responders().stream()
          .map(AlertSnapshot.ResponderSnapshot::userId)
          .distinct()
          .forEach(
              user -> {
                long[] c = perPerson.computeIfAbsent(user, k -> new long[2]);
                c[0]++;
                c[1] += afterHours(a.reportTime(), ZONES.get(user)) ? 1 : 0;
              });
    }
    JsonNode people = r.path("after_hours").path("by_person");
    assertThat(people.size()).isEqualTo(perPerson.size());
    for (JsonNode person : people) {
      long[] expected = perPerson.get(person.path("user_id").asLong());
      assertThat(person.path("pages").asLong()).as(person.toString()).isEqualTo(expected[0]);
      assertThat(person.path("after_hours").asLong()).as(person.toString()).isEqualTo(expected[1]);
      assertThat(person.path("timezone").asString())
          .isEqualTo(ZONES.get(person.path("user_id").asLong()).getId());
    }
    long mostAfterHours = perPerson.values().stream().mapToLong(c -> c[1]).max().orElseThrow();
    assertThat(mostAfterHours).isPositive();
    assertThat(people.path(0).path("after_hours").asLong()).isEqualTo(mostAfterHours);

    // Findings carry evidence and a concrete suggestion.
    JsonNode flap = finding(r, "flapping_key");
    assertThat(flap.path("evidence").path("alert_key").asString())
        .isEqualTo("checkout-pod-crashloop");
    assertThat(flap.path("evidence").path("alerts").asLong()).isEqualTo(flappingCount);
    assertThat(flap.path("evidence").path("alert_ids").size()).isPositive();
    assertThat(flap.path("suggestion").asString()).contains("alertCreation").contains("505");
    JsonNode noisy = finding(r, "noisy_source");
    assertThat(noisy.path("evidence").path("alert_source_id").asLong()).isEqualTo(504);
    assertThat(noisy.path("suggestion").asString())
        .contains("maintenance window")
        .contains("threshold");
    JsonNode load = finding(r, "after_hours_load");
    assertThat(load.path("evidence").path("user_id").asLong())
        .isEqualTo(people.path(0).path("user_id").asLong());
    for (String section : List.of("volume", "response_times", "noise", "after_hours")) {
      assertThat(r.path(section).path("source").asString()).as(section).isNotBlank();
    }
  }

  private static JsonNode finding(JsonNode result, String kind) {
    for (JsonNode f : result.path("findings")) {
      if (f.path("kind").asString().equals(kind)) {
        assertThat(f.path("suggestion").asString()).isNotBlank();
        return f;
      }
    }
    throw new AssertionError("no " + kind + " finding in " + result.path("findings"));
  }

  @Test
  void theDefaultZoneIsTheKeysUserAndTheDefaultWindowAWeek() {
    JsonNode r = analyse("{}");
    assertThat(r.path("window").path("timezone").asString()).isEqualTo("Europe/Berlin");
    assertThat(r.path("window").path("timezone_from").asString()).isEqualTo("the API key's user");
    assertThat(r.path("alerts").asInt()).isEqualTo(inWindow(r, a -> true).size());
    assertThat(
            Duration.between(
                Instant.parse(r.path("window").path("from").asString()),
                Instant.parse(r.path("window").path("until").asString())))
        .isEqualTo(Duration.ofDays(7));
    JsonNode ny = analyse("{\"days\":3,\"timezone\":\"America/New_York\"}");
    assertThat(ny.path("window").path("timezone_from").asString()).isEqualTo("argument");
    ZoneId zone = ZoneId.of("America/New_York");
    List<AlertSnapshot> alerts = inWindow(ny, a -> true);
    assertThat(ny.path("volume").path("by_hour").path(3).asLong())
        .isEqualTo(alerts.stream().filter(a -> a.reportTime().atZone(zone).getHour() == 3).count());
  }

  @Test
  void filtersBySourcePolicyAndTeam() {
    JsonNode nagios = analyse("{\"days\":30,\"alert_sources\":[\"Nagios legacy hosts\"]}");
    assertThat(nagios.path("alerts").asInt())
        .isEqualTo(inWindow(nagios, a -> a.sourceId() == 504).size());
    assertThat(nagios.path("volume").path("by_source").size()).isEqualTo(1);
    JsonNode payments = analyse("{\"days\":30,\"escalation_policies\":[\"402\"]}");
    assertThat(payments.path("alerts").asInt())
        .isEqualTo(inWindow(payments, a -> a.policyId() == 402).size());
    // Team Platform (201) owns Prometheus, Kubernetes and the backup heartbeat.
    JsonNode platform = analyse("{\"days\":30,\"team\":\"Platform\"}");
    List<AlertSnapshot> expected =
        inWindow(platform, a -> List.of(501L, 505L, 506L).contains(a.sourceId()));
    assertThat(platform.path("alerts").asInt()).isEqualTo(expected.size());
    List<Long> sources = new ArrayList<>();
    platform
        .path("volume")
        .path("by_source")
        .forEach(s -> sources.add(s.path("alert_source_id").asLong()));
    assertThat(sources).containsExactlyInAnyOrder(501L, 505L, 506L);
    JsonNode none = analyse("{\"days\":30,\"team\":\"Platform\",\"alert_sources\":[\"504\"]}");
    assertThat(none.path("alerts").asInt()).isZero();
    assertThat(none.path("findings").size()).isZero();
  }

  @Test
  void ninetyDaysOfEverySourceStayWithinTheBudget() {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "analyze_alerts", "{\"days\":90}");
    assertThat(call.isError()).isFalse();
    assertThat(call.structured().path("alerts").asInt())
        .isEqualTo(inWindow(call.structured(), a -> true).size());
    assertThat(Output.tokens(call.structured())).isLessThanOrEqualTo(8000);
    assertThat(call.text().length() / 4).isLessThanOrEqualTo(8000);
  }

  @Test
  void theDefinitionCostsAtMost350Tokens() {
    ObjectNode definition = null;
    for (var tool : sandbox.server().mcp().tools()) {
      if (tool.name().equals("analyze_alerts")) {
        definition = tool.toJson();
      }
    }
    assertThat(definition).isNotNull();
    ObjectNode counted = Json.object();
    for (String field : List.of("name", "title", "description", "inputSchema", "outputSchema")) {
      counted.set(field, definition.get(field));
    }
    int tokens = Json.writeBytes(counted).length / 4;
    System.out.println(
        "analyze_alerts definition: "
            + tokens
            + " tokens (name, title, description, schemas); "
            + Json.writeBytes(definition).length / 4
            + " with annotations");
    assertThat(tokens).isLessThanOrEqualTo(350);
    assertThat(definition.path("annotations").path("readOnlyHint").asBoolean()).isTrue();
  }

  @Test
  void badArgumentsAreOneSentenceEach() {
    assertThat(error("{\"days\":91}")).contains("days").contains("90");
    assertThat(error("{\"days\":0}")).contains("days");
    assertThat(error("{\"from\":\"1d\",\"until\":\"2d\"}")).startsWith("from must be before until");
    assertThat(error("{\"from\":\"120d\"}")).contains("at most 90 days");
    assertThat(error("{\"days\":3,\"from\":\"2d\"}"))
        .isEqualTo("Pass either days or from, not both.");
    assertThat(error("{\"timezone\":\"Mars/Olympus\"}"))
        .isEqualTo(
            "`timezone` 'Mars/Olympus' is not an IANA time zone; use e.g. Europe/Berlin or UTC.");
    // 1001 is a user's id: no team has it, which is not the same as a quiet team.
    assertThat(error("{\"team\":1001}")).startsWith("Not found").contains("team 1001");
  }

  private static String error(String arguments) {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, "analyze_alerts", arguments);
    assertThat(call.isError()).as(arguments).isTrue();
    return call.text();
  }

  @Test
  void aFailedReadLeavesAPartialResultThatSaysWhatIsMissing() {
    // The first alert page is served; every later one (and its retries) fails, as does GET /users.
    sandbox.injectFault(FaultRule.latency("/api/alerts", Duration.ZERO).method("GET").times(1));
    sandbox.injectFault(FaultRule.serverError("/api/alerts", 503).method("GET").times(50));
    sandbox.injectFault(FaultRule.serverError("/api/users", 503).method("GET").times(50));
    JsonNode r;
    try {
      r = analyse("{\"days\":90}");
    } finally {
      sandbox.emulator().faults().clear();
    }
    List<AlertSnapshot> all = inWindow(r, a -> true);
    assertThat(r.path("alerts").asInt()).isEqualTo(100);
    assertThat(r.path("capped").asBoolean()).isFalse();
    List<String> sections = new ArrayList<>();
    r.path("missing").forEach(m -> sections.add(m.path("section").asString()));
    assertThat(sections).containsExactlyInAnyOrder("alerts", "after_hours");
    assertThat(r.path("missing").toString()).contains("503");
    Instant oldestRead = Instant.parse(r.path("not_covered").path("until").asString());
    assertThat(r.path("not_covered").path("alerts").asLong())
        .isEqualTo(all.stream().filter(a -> a.reportTime().isBefore(oldestRead)).count())
        .isEqualTo(all.size() - 100);
    assertThat(r.path("after_hours").has("by_person")).isFalse();
    assertThat(r.path("window").path("timezone").asString()).isEqualTo("Europe/Berlin");
  }

  /** A request with a progress token, served by the dispatcher with a capturing outbound. */
  private static ObjectNode request(long id) {
    ObjectNode params = Json.object().put("name", "analyze_alerts");
    params.set("arguments", Json.parse("{\"days\":90}"));
    params.putObject("_meta").put("progressToken", "p-" + id);
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", id);
    request.put("method", "tools/call");
    request.set("params", params);
    return request;
  }

  private static McpSession session() {
    return new McpSession(
        null,
        McpSession.hash(Optional.of("Bearer " + Sandbox.ADMIN)),
        ProtocolVersions.V2025_11_25);
  }

  @Test
  void reportsProgressPerPage() {
    List<JsonNode> sent = new CopyOnWriteArrayList<>();
    McpSession session = session();
    ObjectNode response =
        sandbox
            .server()
            .mcp()
            .handleRequest(
                request(9001),
                Inbound.of(session, Optional.of("Bearer " + Sandbox.ADMIN), sent::add));
    assertThat(response).isNotNull();
    JsonNode result = response.path("result").path("structuredContent");
    int alerts = result.path("alerts").asInt();
    List<String> expected = new ArrayList<>();
    for (int n = 100; n < alerts; n += 100) {
      expected.add("read " + n + " alerts");
    }
    expected.add("read " + alerts + " alerts");
    assertThat(sent)
        .allSatisfy(
            n -> {
              assertThat(n.path("method").asString()).isEqualTo("notifications/progress");
              assertThat(n.path("params").path("progressToken").asString()).isEqualTo("p-9001");
            });
    assertThat(sent.stream().map(n -> n.path("params").path("message").asString()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aCancelledCallStopsAfterThePageInFlight() {
    FaultRule counter =
        sandbox.injectFault(
            FaultRule.latency("/api/alerts", Duration.ZERO).method("GET").times(1000));
    McpSession session = session();
    List<JsonNode> sent = new CopyOnWriteArrayList<>();
    Function<Outbound, Inbound> inbound =
        out -> Inbound.of(session, Optional.of("Bearer " + Sandbox.ADMIN), out);
    Outbound cancelOnFirstProgress =
        message -> {
          sent.add(message);
          if (sent.size() == 1) {
            ObjectNode cancel =
                Json.object().put("jsonrpc", "2.0").put("method", "notifications/cancelled");
            cancel.putObject("params").put("requestId", 9002).put("reason", "user stopped it");
            sandbox.server().mcp().handleNotification(cancel, inbound.apply(Outbound.NONE));
          }
        };
    ObjectNode response =
        sandbox.server().mcp().handleRequest(request(9002), inbound.apply(cancelOnFirstProgress));
    int remaining =
        sandbox.emulator().faults().list().stream()
            .filter(f -> f.id().equals(counter.id()))
            .mapToInt(FaultRule::times)
            .findFirst()
            .orElse(0);
    sandbox.emulator().faults().clear();
    assertThat(response).as("a cancelled request gets no response").isNull();
    assertThat(sent).hasSize(1);
    assertThat(1000 - remaining).as("alert pages read").isEqualTo(1);
    assertThat(sandbox.emulator().state().alerts())
        .as("a full walk would have needed more pages")
        .hasSizeGreaterThan(100);
  }
}
