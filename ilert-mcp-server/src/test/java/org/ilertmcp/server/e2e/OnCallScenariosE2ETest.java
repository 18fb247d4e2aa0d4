package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Six everyday on-call questions, asked as an agent would with the official TypeScript SDK client
 * against sandbox mode with the default tool set and default write safety, each along the shortest
 * path: what's on fire and who is handling it; did a deploy cause the newest pending alert; who is
 * paged if the payments source fires at 3am Saturday Berlin time; acknowledge a source's pending
 * alerts and post a status update; write my handover (as a key whose user is on call now); the
 * noisiest sources this month and what to fix. Each answer's facts are checked against the emulator
 * (its state, or its ilert API read directly). It prints calls, error calls and result tokens per
 * scenario; result tokens are the text block's bytes / 4, what a client that shows text hands the
 * model.
 */
class OnCallScenariosE2ETest {
  private static final String USER_KEY = "demo-user-key";

  /** The same questions took 17 calls, 3 of them errors, and 9,769 result tokens before. */
  private static final int EARLIER_CALLS = 17;

  private static final int EARLIER_TOKENS = 9_769;

  private record Tally(String scenario, int calls, int errors, int tokens) {}

  /** Counts the calls of one scenario through a driver. */
  private static final class Agent {
    private final FlowDriver driver;
    private int calls;
    private int errors;
    private int tokens;

    Agent(FlowDriver driver) {
      this.driver = driver;
    }

    JsonNode call(String tool, String argumentsJson) throws IOException {
      JsonNode step = driver.attempt(tool, (ObjectNode) Json.parse(argumentsJson));
      calls++;
      String text = step.path("text").asString("");
      tokens += text.getBytes(StandardCharsets.UTF_8).length / 4;
      boolean failed = !step.path("ok").asBoolean() || step.path("isError").asBoolean();
      if (failed) {
        errors++;
      }
      assertThat(failed).as("%s %s: %s", tool, argumentsJson, step).isFalse();
      return step.path("structured");
    }

    Tally tally(String scenario) {
      Tally t = new Tally(scenario, calls, errors, tokens);
      calls = 0;
      errors = 0;
      tokens = 0;
      return t;
    }
  }

  @Test
  void sixOnCallQuestionsInFewerCallsAndTokensWithoutErrors() throws Exception {
    NodeTools node = NodeTools.installed();
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(ToolSelection.defaults(), 8000, Duration.ofSeconds(20));
    List<Tally> tallies = new ArrayList<>();
    try (SandboxMode sandbox =
            SandboxMode.start(
                settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 120);
        FlowDriver user =
            new FlowDriver(node, "http", sandbox.http().url().toString(), "Bearer " + USER_KEY)) {
      Ilert ilert = new Ilert(sandbox.emulator());
      Agent agent = new Agent(user);
      whatIsOnFire(agent, sandbox.emulator(), ilert);
      tallies.add(agent.tally("what's on fire and who is handling it"));
      didADeployCauseIt(agent, sandbox.emulator(), ilert);
      tallies.add(agent.tally("did a deploy cause the newest pending alert"));
      whoIsPagedAt3amSaturday(agent, ilert);
      tallies.add(agent.tally("who is paged by payments at 3am Saturday Berlin"));
      acknowledgeAndPost(agent, sandbox.emulator(), ilert);
      tallies.add(agent.tally("acknowledge a source's pending alerts, post a status update"));
      String onCallKey = keyOfAUserOnCallNow(ilert);
      try (FlowDriver onCall =
          new FlowDriver(node, "http", sandbox.http().url().toString(), "Bearer " + onCallKey)) {
        Agent self = new Agent(onCall);
        myHandover(self, ilert, onCallKey);
        tallies.add(self.tally("write my handover (on call now)"));
      }
      noisiestSourcesThisMonth(agent, ilert);
      tallies.add(agent.tally("noisiest sources this month, what to fix"));
    }
    print(tallies);
    int calls = tallies.stream().mapToInt(Tally::calls).sum();
    int tokens = tallies.stream().mapToInt(Tally::tokens).sum();
    assertThat(tallies.stream().mapToInt(Tally::errors).sum()).isZero();
    assertThat(calls).isLessThan(EARLIER_CALLS);
    assertThat(tokens).isLessThan(EARLIER_TOKENS);
  }

  /**
   * One call: the open alerts the key may see, newest first, with who is paged and when each
   * escalates.
   */
  private static void whatIsOnFire(Agent agent, IlertEmulator emulator, Ilert ilert)
      throws IOException {
    JsonNode alerts = agent.call("list_alerts", "{}").path("alerts");
    List<Long> visible =
        ilert.alerts("states=PENDING&states=ACCEPTED").stream()
            .map(a -> a.path("id").asLong())
            .toList();
    assertThat(idList(alerts)).containsExactlyElementsOf(visible.subList(0, alerts.size()));
    for (JsonNode alert : alerts) {
      AlertSnapshot truth = emulator.state().alert(alert.path("id").asLong()).orElseThrow();
      assertThat(alert.path("responders").valueStream().map(r -> r.path("id").asLong()).toList())
          .containsExactlyInAnyOrderElementsOf(
              truth.responders().stream().map(AlertSnapshot.ResponderSnapshot::userId).toList());
      if (truth.status().equals("PENDING") && truth.nextEscalation() != null) {
        assertThat(Instant.parse(alert.path("escalation").path("next_at").asString()))
            .isEqualTo(truth.nextEscalation().truncatedTo(ChronoUnit.MILLIS));
      }
    }
  }

  /**
   * Two calls: the newest pending alert, then investigate_alert. The honest answer names the
   * pipelines of the teams owning the service the alert names and says deploy events are unknown.
   */
  private static void didADeployCauseIt(Agent agent, IlertEmulator emulator, Ilert ilert)
      throws IOException {
    JsonNode newest =
        agent.call("list_alerts", "{\"states\":\"pending\",\"limit\":1}").path("alerts").path(0);
    long newestVisible = idList(ilert.get("/alerts?states=PENDING&max-results=1")).get(0);
    assertThat(newest.path("id").asLong()).isEqualTo(newestVisible);
    AlertSnapshot truth = emulator.state().alert(newestVisible).orElseThrow();
    JsonNode answer = agent.call("investigate_alert", "{\"alert_id\":" + truth.id() + "}");
    JsonNode changes = answer.path("recent_changes");
    assertThat(changes.path("deployment_events").asString()).startsWith("unknown");
    JsonNode first = answer.path("services").path("affected").path(0);
    String service = first.path("name").asString();
    assertThat(truth.summary() + " " + truth.alertKey())
        .as("the service ranked first is the one the alert names")
        .containsIgnoringCase(service.split(" ")[0]);
    Set<Long> owners = ids(ilert.get("/services/" + first.path("id").asLong()).path("teams"));
    Set<String> ownersPipelines =
        ilert
            .get("/deployment-pipelines")
            .valueStream()
            .filter(p -> !ids(p.path("teams")).stream().filter(owners::contains).toList().isEmpty())
            .map(p -> p.path("name").asString())
            .collect(Collectors.toSet());
    assertThat(ownersPipelines).isNotEmpty();
    assertThat(changes.path("pipelines").valueStream().map(p -> p.path("name").asString()))
        .containsAll(ownersPipelines);
  }

  /** One call: who_gets_paged at next Saturday 03:00 in Berlin, as the agent computes the date. */
  private static void whoIsPagedAt3amSaturday(Agent agent, Ilert ilert) throws IOException {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    LocalDate saturday = LocalDate.now(berlin).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    Instant at = LocalDateTime.of(saturday, LocalTime.of(3, 0)).atZone(berlin).toInstant();
    JsonNode answer =
        agent.call(
            "who_gets_paged",
            "{\"alert_source\":\"payments\",\"at\":\"" + saturday + "T03:00[Europe/Berlin]\"}");
    assertThat(Instant.parse(answer.path("at").asString())).isEqualTo(at);
    JsonNode source =
        ilert.get("/alert-sources/" + answer.path("alert_source").path("id").asLong());
    assertThat(source.path("name").asString()).containsIgnoringCase("payments");
    JsonNode policy = source.path("escalationPolicy");
    assertThat(answer.path("policy").path("id").asLong()).isEqualTo(policy.path("id").asLong());
    JsonNode rule = policy.path("escalationRules").path(0);
    Set<Long> expected = new HashSet<>(ids(rule.path("users")));
    for (JsonNode schedule : rule.path("schedules")) {
      ilert
          .shifts(
              schedule.path("id").asLong(),
              at.minus(Duration.ofHours(1)),
              at.plus(Duration.ofHours(1)))
          .valueStream()
          .filter(s -> covers(s, at))
          .forEach(s -> expected.add(s.path("user").path("id").asLong()));
    }
    assertThat(expected).isNotEmpty();
    assertThat(ids(answer.path("levels").path(0).path("reaches"))).isEqualTo(expected);
  }

  /**
   * The pending alerts of the source with the most of them, each accepted, then one status update
   * on the service the newest of them names.
   */
  private static void acknowledgeAndPost(Agent agent, IlertEmulator emulator, Ilert ilert)
      throws IOException {
    Map<Long, Long> pendingBySource =
        ilert.alerts("states=PENDING").stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.path("alertSource").path("id").asLong(), Collectors.counting()));
    long sourceId =
        pendingBySource.entrySet().stream()
            .filter(e -> e.getValue() <= 3)
            .max(Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();
    JsonNode pending =
        agent
            .call(
                "list_alerts",
                "{\"states\":\"pending\",\"alert_sources\":" + sourceId + ",\"limit\":50}")
            .path("alerts");
    assertThat(pending.size()).isEqualTo(pendingBySource.get(sourceId).intValue());
    for (JsonNode alert : pending) {
      agent.call("accept_alert", "{\"alert_id\":" + alert.path("id").asLong() + "}");
    }
    assertThat(emulator.state().alerts())
        .filteredOn(a -> a.sourceId() == sourceId)
        .noneMatch(a -> a.status().equals("PENDING"));
    JsonNode created =
        agent
            .call(
                "create_status_update",
                "{\"summary\":\"Checkout errors under investigation\",\"services\":"
                    + "\"Checkout API\",\"impact\":\"degraded\",\"message\":\"We are looking into"
                    + " elevated errors at checkout.\"}")
            .path("incident");
    long incident = created.path("id").asLong();
    assertThat(emulator.state().incidentStatus(incident)).contains("INVESTIGATING");
    long checkout =
        created
            .path("affected_services")
            .valueStream()
            .filter(s -> s.path("name").asString().equals("Checkout API"))
            .findFirst()
            .orElseThrow()
            .path("id")
            .asLong();
    assertThat(emulator.state().serviceStatus(checkout)).contains("DEGRADED");
  }

  /** One call as the key's own user, who is on call now: the current shift, each alert once. */
  private static void myHandover(Agent agent, Ilert ilert, String key) throws IOException {
    JsonNode handover = agent.call("get_oncall_handover", "{}");
    long me = ilert.as(key).get("/users/current").path("id").asLong();
    assertThat(handover.path("subject").path("id").asLong()).isEqualTo(me);
    assertThat(handover.path("window").path("basis").asString()).contains("current shift");
    Instant now = Instant.now();
    Instant shiftStart =
        currentShifts(ilert, me, now).stream()
            .map(s -> Instant.parse(s.path("start").asString()))
            .min(Comparator.naturalOrder())
            .orElseThrow();
    assertThat(Instant.parse(handover.path("window").path("from").asString()))
        .isEqualTo(shiftStart);
    Set<Long> raised = ids(handover.path("alerts"));
    assertThat(raised).hasSize(handover.path("alerts").size());
    assertThat(ids(handover.path("open_alerts"))).doesNotContainAnyElementsOf(raised);
    assertThat(handover.path("summary").asString())
        .contains("Alerts raised: " + handover.path("alerts").size());
  }

  /** One call: analyze_alerts from the first of this month; the noisiest source per emulator. */
  private static void noisiestSourcesThisMonth(Agent agent, Ilert ilert) throws IOException {
    LocalDate first = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
    JsonNode answer = agent.call("analyze_alerts", "{\"from\":\"" + first + "\"}");
    Instant from = Instant.parse(answer.path("window").path("from").asString());
    Instant until = Instant.parse(answer.path("window").path("until").asString());
    Map<Long, Long> bySource =
        ilert.alerts("from=" + from + "&until=" + until).stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.path("alertSource").path("id").asLong(), Collectors.counting()));
    long noisiest =
        bySource.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    JsonNode top = answer.path("noise").path("noisiest_sources").path(0);
    assertThat(top.path("alert_source_id").asLong()).isEqualTo(noisiest);
    assertThat(top.path("alerts").asLong()).isEqualTo(bySource.get(noisiest));
    assertThat(answer.path("findings").valueStream().toList())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.path("suggestion").asString()).isNotBlank());
  }

  /** A demo key whose user is on call now (the handover question asks as that person). */
  private static String keyOfAUserOnCallNow(Ilert ilert) throws IOException {
    Instant now = Instant.now();
    for (String key :
        List.of(
            USER_KEY,
            "demo-responder-key",
            "demo-security-responder-key",
            "demo-admin-key",
            "demo-stakeholder-key")) {
      long id = ilert.as(key).get("/users/current").path("id").asLong();
      if (!currentShifts(ilert, id, now).isEmpty()) {
        return key;
      }
    }
    throw new AssertionError("no demo key's user is on call now");
  }

  /** The shifts of user {@code id} that cover {@code now}, with their real start. */
  private static List<JsonNode> currentShifts(Ilert ilert, long id, Instant now)
      throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode schedule : ilert.get("/schedules")) {
      ilert
          .shifts(
              schedule.path("id").asLong(),
              now.minus(Duration.ofDays(31)),
              now.plus(Duration.ofMinutes(1)))
          .valueStream()
          .filter(s -> s.path("user").path("id").asLong() == id && covers(s, now))
          .forEach(out::add);
    }
    return out;
  }

  private static boolean covers(JsonNode shift, Instant at) {
    return !Instant.parse(shift.path("start").asString()).isAfter(at)
        && Instant.parse(shift.path("end").asString()).isAfter(at);
  }

  private static Set<Long> ids(JsonNode list) {
    return list.valueStream().map(n -> n.path("id").asLong()).collect(Collectors.toSet());
  }

  private static List<Long> idList(JsonNode list) {
    return list.valueStream().map(n -> n.path("id").asLong()).toList();
  }

  private static void print(List<Tally> tallies) {
    System.out.println("on-call scenarios (TS SDK over HTTP, sandbox, default tools):");
    System.out.printf("  %-62s %5s %6s %7s%n", "scenario", "calls", "errors", "tokens");
    for (Tally t : tallies) {
      System.out.printf("  %-62s %5d %6d %7d%n", t.scenario(), t.calls(), t.errors(), t.tokens());
    }
    System.out.printf(
        "  %-62s %5d %6d %7d   (before: %d calls, 3 errors, %d tokens)%n",
        "total",
        tallies.stream().mapToInt(Tally::calls).sum(),
        tallies.stream().mapToInt(Tally::errors).sum(),
        tallies.stream().mapToInt(Tally::tokens).sum(),
        EARLIER_CALLS,
        EARLIER_TOKENS);
  }

  /** ilert's API on the emulator, read directly: the truth the answers are checked against. */
  private record Ilert(IlertEmulator emulator, String key) {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    Ilert(IlertEmulator emulator) {
      this(emulator, USER_KEY);
    }

    Ilert as(String other) {
      return new Ilert(emulator, other);
    }

    /** Every alert the key may see that {@code query} selects, newest first (all pages). */
    List<JsonNode> alerts(String query) throws IOException {
      List<JsonNode> out = new ArrayList<>();
      for (int start = 0; ; start += 100) {
        JsonNode page = get("/alerts?" + query + "&max-results=100&start-index=" + start);
        page.forEach(out::add);
        if (page.size() < 100) {
          return out;
        }
      }
    }

    /** The shifts of a schedule between two instants (whole seconds). */
    JsonNode shifts(long scheduleId, Instant from, Instant until) throws IOException {
      return get(
          "/schedules/"
              + scheduleId
              + "/shifts?from="
              + from.truncatedTo(ChronoUnit.SECONDS)
              + "&until="
              + until.truncatedTo(ChronoUnit.SECONDS));
    }

    JsonNode get(String path) throws IOException {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
              .header("Authorization", "Bearer " + key)
              .timeout(Duration.ofSeconds(10))
              .build();
      try {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return Json.parse(response.body());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
  }
}
