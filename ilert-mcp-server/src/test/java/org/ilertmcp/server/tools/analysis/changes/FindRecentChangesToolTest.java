package org.ilertmcp.server.tools.analysis.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.Link;
import org.ilertmcp.client.common.TeamRel;
import org.ilertmcp.client.events.Event;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.github.GitHubSettings;
import org.ilertmcp.server.github.GitHubSettings.RepoMapping;
import org.ilertmcp.server.testing.FakeGitHub;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code find_recent_changes} against the emulator's demo organisation and a local fake GitHub
 * (served below {@code /api/v3}, like GitHub Enterprise Server, so alert links name its host).
 * Expected pipelines and teams come from the emulator's own state; expected GitHub items from the
 * fixtures below, filtered by the documented window.
 */
class FindRecentChangesToolTest {
  private static final String TOOL = "find_recent_changes";
  private static final String TOKEN = "ghp_fake-token-for-tests-0001";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  /** Mapped to objects of team Payments (202): the alert on 502 reaches them. */
  private static final List<String> PAYMENTS_REPOS =
      List.of(
          "acme/datadog",
          "acme/checkout-svc",
          "acme/payments",
          "acme/checkout",
          "acme/gateway",
          "acme/support");

  private static final List<String> MAPPINGS =
      List.of(
          "Datadog payments=acme/datadog", // alert source 502, by name
          "checkout-service=acme/checkout-svc", // pipeline 801, by name
          "802=acme/payments", // pipeline 802, by id
          "Checkout API=acme/checkout", // service 601
          "Payments Gateway=acme/gateway", // service 602
          "508=acme/support", // alert source 508 (Support inbox)
          "mobile-backend=acme/mobile", // pipeline 803 of team Mobile: never for Payments
          "Login=acme/login", // service 606 (Platform): GitHub answers 401
          "Search=acme/search", // service 605 (Platform): GitHub answers 500
          "Web Frontend=acme/web"); // service 603 (Platform): GitHub stalls

  private static FakeGitHub github;
  private static Sandbox sandbox;
  private static Sandbox withoutGitHub;
  private static IlertClient ilert;

  /** One commit, release and deployment inside and outside each window used below, per repo. */
  private record Fixture(String repo, String inSha, String oldSha) {}

  private static final List<Fixture> FIXTURES = new ArrayList<>();

  @BeforeAll
  static void start() {
    github = FakeGitHub.start("/api/v3");
    List<String> repos = new ArrayList<>(PAYMENTS_REPOS);
    repos.addAll(List.of("acme/linked", "acme/mobile", "acme/login", "acme/search", "acme/web"));
    int n = 0;
    for (String repo : repos) {
      String in = String.format("%02d", n) + "a".repeat(38);
      String old = String.format("%02d", n) + "b".repeat(38);
      n++;
      FIXTURES.add(new Fixture(repo, in, old));
      github
          .commit(repo, in, "Change in " + repo, "Ada", NOW.minus(Duration.ofHours(2)))
          .commit(repo, old, "Old change in " + repo, "Bo", NOW.minus(Duration.ofHours(30)))
          .release(repo, "v2-" + repo, NOW.minus(Duration.ofHours(3)))
          .release(repo, "v1-" + repo, NOW.minus(Duration.ofDays(5)))
          .deployment(repo, "production", in, NOW.minus(Duration.ofMinutes(50)))
          .deployment(repo, "production", "late", NOW.plus(Duration.ofHours(2)));
    }
    github.fail("acme/login", 401).fail("acme/search", 500).stall("acme/web", 8000);
    List<RepoMapping> mappings =
        MAPPINGS.stream().map(m -> RepoMapping.parse(m).orElseThrow()).toList();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    sandbox =
        Sandbox.start(
            clock,
            Sandbox.ALL,
            new GitHubSettings(github.apiUrl(), TOKEN, mappings, Duration.ofSeconds(2)));
    withoutGitHub = Sandbox.at(NOW);
    ilert = IlertClient.builder().baseUrl(sandbox.emulator().baseUrl()).build();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
    withoutGitHub.close();
    github.close();
  }

  @BeforeEach
  void forgetRequests() {
    github.clear();
  }

  /**
   * A new alert on Datadog payments (502) with a link into the fake GitHub host and one elsewhere.
   */
  private static long paymentsAlertWithLinks(Sandbox target, String linkHost) {
    String key = "changes-" + System.nanoTime();
    Event event =
        new Event(
            "demo-src-datadog-payments",
            "ALERT",
            "p99 latency high",
            null,
            key,
            null,
            null,
            null,
            List.of(
                new Link("https://" + linkHost + "/acme/linked/pull/42", "PR"),
                new Link("https://grafana.example/d/abc", "Dashboard")),
            null,
            null,
            null,
            null,
            null);
    IlertClient client = IlertClient.builder().baseUrl(target.emulator().baseUrl()).build();
    client.events().send(CallContext.anonymous(), event);
    return target.emulator().state().alertsWithKey(key).get(0).id();
  }

  private static Set<Long> pipelinesOfTeams(Set<Long> teams) {
    Set<Long> out = new HashSet<>();
    for (ObjectNode p : sandbox.emulator().state().documents("deployment-pipelines")) {
      for (JsonNode t : p.path("teams")) {
        if (teams.contains(t.path("id").asLong())) {
          out.add(p.path("id").asLong());
        }
      }
    }
    return out;
  }

  /** The teams of a source and its policy, read from the emulator over its API. */
  private static Set<Long> teamsOfSource(long sourceId) {
    CallContext admin = CallContext.bearer(Sandbox.ADMIN);
    var source = ilert.alertSources().get(admin, Long.toString(sourceId), List.of());
    Set<Long> teams = new HashSet<>();
    source.teams().stream().map(TeamRel::id).forEach(teams::add);
    ilert.escalationPolicies().get(admin, source.escalationPolicy().id()).teams().stream()
        .map(TeamRel::id)
        .forEach(teams::add);
    return teams;
  }

  private static Set<Long> ids(JsonNode array) {
    Set<Long> out = new HashSet<>();
    array.forEach(n -> out.add(n.path("id").asLong()));
    return out;
  }

  private static Set<String> strings(JsonNode array, String field) {
    Set<String> out = new HashSet<>();
    array.forEach(n -> out.add(n.path(field).asString()));
    return out;
  }

  private static Sandbox.ToolCall call(String args) {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, TOOL, args);
    assertThat(call.isError()).as(call.text()).isFalse();
    return call;
  }

  private static Fixture fixture(String repo) {
    return FIXTURES.stream().filter(f -> f.repo().equals(repo)).findFirst().orElseThrow();
  }

  @Test
  void anAlertGetsItsTeamsPipelinesAndTheChangesOfMappedAndLinkedRepositories() {
    long alertId = paymentsAlertWithLinks(sandbox, "127.0.0.1");
    Instant reported = sandbox.emulator().state().alert(alertId).orElseThrow().reportTime();
    Instant from = reported.minus(Duration.ofHours(24));
    Instant until = reported.plus(Duration.ofHours(1));

    JsonNode result = call("{\"alert_id\":\"" + alertId + "\"}").structured();

    Set<Long> teams = teamsOfSource(502);
    assertThat(ids(result.path("teams"))).isEqualTo(teams);
    assertThat(ids(result.path("pipelines"))).isEqualTo(pipelinesOfTeams(teams)).isNotEmpty();
    assertThat(ids(result.path("pipelines"))).doesNotContain(803L);
    result
        .path("pipelines")
        .forEach(
            p -> {
              assertThat(p.path("type").asString()).isNotBlank();
              assertThat(p.path("updated_at").asString()).isNotBlank();
              assertThat(p.path("source").asString()).isEqualTo("list_deployment_pipelines");
            });
    assertThat(result.path("pipelines_note").asString()).contains("cannot return");
    assertThat(result.path("window").path("from").asString()).isEqualTo(from.toString());
    assertThat(result.path("window").path("until").asString()).isEqualTo(until.toString());

    // the source's own mapping and the link come first; five repositories at most
    List<String> read = new ArrayList<>();
    result.path("github").path("repos").forEach(r -> read.add(r.path("repo").asString()));
    assertThat(read).hasSize(5).startsWith("acme/datadog", "acme/linked");
    assertThat(read).doesNotContain("acme/mobile");
    assertThat(repo(result, "acme/linked").path("why").toString())
        .contains("linked from alert " + alertId);
    assertThat(repo(result, "acme/datadog").path("why"))
        .singleElement()
        .asString()
        .contains("alert source Datadog payments (502), the alert's source");
    List<String> skipped = new ArrayList<>(PAYMENTS_REPOS);
    skipped.add("acme/linked");
    skipped.removeAll(read);
    assertThat(skipped).hasSize(2);
    assertThat(result.path("missing").toString()).contains(skipped.get(0), skipped.get(1));
    assertThat(github.requests("acme/mobile", "commits")).isEmpty();

    Set<String> expectedCommits =
        read.stream().map(r -> fixture(r).inSha().substring(0, 12)).collect(Collectors.toSet());
    assertThat(strings(result.path("commits"), "sha")).isEqualTo(expectedCommits);
    assertThat(strings(result.path("releases"), "tag"))
        .isEqualTo(read.stream().map(r -> "v2-" + r).collect(Collectors.toSet()));
    assertThat(strings(result.path("deployments"), "sha")).isEqualTo(expectedCommits);
    assertThat(result.path("commits").get(0).path("source").asString())
        .startsWith("github:/repos/acme/")
        .endsWith("/commits");

    for (String repo : read) {
      FakeGitHub.Request commits = github.requests(repo, "commits").get(0);
      assertThat(commits.query())
          .containsEntry("since", from.toString())
          .containsEntry("until", until.toString());
      assertThat(commits.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    }
  }

  private static JsonNode repo(JsonNode result, String name) {
    for (JsonNode r : result.path("github").path("repos")) {
      if (r.path("repo").asString().equals(name)) {
        return r;
      }
    }
    throw new AssertionError(name + " not in " + result.path("github"));
  }

  @Test
  void aServiceGetsItsMappedRepositoryForTheLast24Hours() {
    JsonNode result = call("{\"service\":\"Checkout API\"}").structured();

    assertThat(result.path("scope").path("id").asLong()).isEqualTo(601);
    assertThat(result.path("window").path("from").asString())
        .isEqualTo(NOW.minus(Duration.ofHours(24)).toString());
    assertThat(result.path("window").path("until").asString()).isEqualTo(NOW.toString());
    assertThat(repo(result, "acme/checkout").path("why").toString())
        .contains("service Checkout API (601)");
    Fixture checkout = fixture("acme/checkout");
    List<String> shas = new ArrayList<>();
    result.path("commits").forEach(c -> shas.add(c.path("sha").asString()));
    assertThat(shas)
        .contains(checkout.inSha().substring(0, 12))
        .doesNotContain(checkout.oldSha().substring(0, 12));
    // the deployment 2 h after now is outside the window
    assertThat(strings(result.path("deployments"), "sha")).doesNotContain("late");
    assertThat(github.requests("acme/checkout", "commits").get(0).query())
        .containsEntry("since", NOW.minus(Duration.ofHours(24)).toString())
        .containsEntry("until", NOW.toString());
    // a service does not pull in the repositories of its team's other services
    assertThat(github.requests("acme/gateway", "commits")).isEmpty();
  }

  @Test
  void anAlertListsThePipelinesOfItsTeamsAndOfTheServiceItNames() {
    long alertId =
        sandbox.emulator().state().alertsWithKey("checkout-5xx").stream()
            .filter(a -> !a.status().equals("RESOLVED"))
            .findFirst()
            .orElseThrow()
            .id();

    Sandbox.ToolCall call = call("{\"alert_id\":\"" + alertId + "\"}");
    JsonNode result = call.structured();

    // "High 5xx rate on checkout" names service 601 Checkout API (alias "checkout"): its team's
    // pipelines are candidates as much as those of the Platform source's teams
    Set<Long> teams = teamsOfSource(501);
    var checkout = ilert.services().get(CallContext.bearer(Sandbox.ADMIN), 601, List.of());
    assertThat(checkout.alias()).isEqualTo("checkout");
    checkout.teams().forEach(t -> teams.add(t.id()));
    assertThat(teams).hasSizeGreaterThan(teamsOfSource(501).size());
    assertThat(ids(result.path("teams"))).isEqualTo(teams);
    Set<Long> expected = pipelinesOfTeams(teams);
    assertThat(ids(result.path("pipelines"))).isEqualTo(expected).contains(801L);
    assertThat(result.path("teams").toString())
        .contains("owns service Checkout API, named in the alert summary");
    assertThat(result.path("deployment_events").asString()).startsWith("unknown");
    assertThat(call.text()).doesNotContain(TOKEN).doesNotContain("127.0.0.1");
  }

  @Test
  void everyGitHubFailureOfTheReadRepositoriesIsReported() {
    Sandbox.ToolCall call = call("{\"team\":\"Platform\"}");
    String missing = call.structured().path("missing").toString();
    assertThat(missing).contains("github acme/login").contains("rejected the token");
    assertThat(missing).contains("github acme/search").contains("HTTP 500");
    assertThat(missing).contains("github acme/web").contains("did not answer");
    assertThat(call.text()).doesNotContain(TOKEN).doesNotContain("127.0.0.1");
  }

  @Test
  void aRefusedTokenLeavesTheIlertPartIntactAndTheTokenNowhere() {
    PrintStream err = System.err;
    ByteArrayOutputStream logs = new ByteArrayOutputStream();
    Sandbox.ToolCall call;
    System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
    try {
      call = call("{\"service\":\"Login\"}");
    } finally {
      System.setErr(err);
    }
    JsonNode result = call.structured();

    assertThat(result.path("scope").path("name").asString()).isEqualTo("Login");
    assertThat(result.path("teams").size()).isPositive();
    assertThat(result.path("commits").isEmpty()).isTrue();
    JsonNode missing = result.path("missing");
    assertThat(missing.size()).isEqualTo(1);
    assertThat(missing.get(0).path("section").asString()).isEqualTo("github acme/login");
    assertThat(missing.get(0).path("reason").asString()).contains("rejected the token (HTTP 401)");
    assertThat(Json.write(call.result())).doesNotContain(TOKEN).doesNotContain("/api/v3");
    String logged = logs.toString(StandardCharsets.UTF_8);
    assertThat(logged).contains("github read failed").contains("acme/login");
    assertThat(logged).doesNotContain(TOKEN);
    assertThat(github.requests("acme/login", "commits")).hasSize(1);
    assertThat(github.requests("acme/login", "releases")).isEmpty();
  }

  @Test
  void aGitHubServerErrorIsPartialPerList() {
    JsonNode result = call("{\"service\":\"Search\"}").structured();
    List<String> reasons = new ArrayList<>();
    result.path("missing").forEach(m -> reasons.add(m.path("reason").asString()));
    assertThat(reasons)
        .containsExactly(
            "commits: GitHub answered (HTTP 500); retry in a minute",
            "releases: GitHub answered (HTTP 500); retry in a minute",
            "deployments: GitHub answered (HTTP 500); retry in a minute");
    assertThat(result.path("github").path("configured").asBoolean()).isTrue();
  }

  @Test
  void aStalledGitHubIsCutAtItsTimeout() {
    long start = System.nanoTime();
    JsonNode result = call("{\"service\":\"Web Frontend\"}").structured();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    assertThat(result.path("missing").get(0).path("reason").asString())
        .isEqualTo("GitHub did not answer within 2 s");
  }

  @Test
  void aTeamAndAPipelineAreScopesToo() {
    JsonNode team = call("{\"team\":\"Payments\"}").structured();
    assertThat(ids(team.path("pipelines"))).isEqualTo(pipelinesOfTeams(Set.of(202L)));

    JsonNode pipeline = call("{\"pipeline\":\"checkout-service\"}").structured();
    assertThat(ids(pipeline.path("pipelines"))).containsExactly(801L);
    assertThat(pipeline.path("pipelines").get(0).path("source").asString())
        .isEqualTo("get_deployment_pipeline");
    assertThat(repo(pipeline, "acme/checkout-svc").path("why").toString())
        .contains("pipeline checkout-service (801)");

    JsonNode source = call("{\"alert_source\":\"502\"}").structured();
    assertThat(ids(source.path("pipelines"))).isEqualTo(pipelinesOfTeams(teamsOfSource(502)));
  }

  @Test
  void anOldAlertsWindowIsMeasuredFromItsReportTime() {
    var old =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> a.reportTime().isBefore(NOW.minus(Duration.ofDays(20))))
            .findFirst()
            .orElseThrow();
    Instant from = old.reportTime().minus(Duration.ofHours(2));

    JsonNode result =
        call("{\"alert_id\":\"" + old.id() + "\",\"from\":\"" + from + "\"}").structured();

    assertThat(result.path("window").path("from").asString()).isEqualTo(from.toString());
    assertThat(result.path("window").path("until").asString())
        .isEqualTo(old.reportTime().plus(Duration.ofHours(1)).toString());
  }

  @Test
  void aScopeWithoutMappedRepositoriesSaysHowToMapOne() {
    JsonNode result = call("{\"alert_source\":\"Security SIEM\"}").structured();
    assertThat(result.path("github").path("configured").asBoolean()).isTrue();
    assertThat(result.path("github").path("repos").isEmpty()).isTrue();
    assertThat(result.path("github").path("note").asString())
        .startsWith("No repository is mapped to the alert source")
        .contains("--github-repos");
  }

  @Test
  void withoutGitHubTheSectionSaysHowToEnableItAndStillNamesLinkedRepositories() {
    long alertId = paymentsAlertWithLinks(withoutGitHub, "github.com");
    Sandbox.ToolCall call =
        withoutGitHub.result(Sandbox.ADMIN, TOOL, "{\"alert_id\":\"" + alertId + "\"}");
    assertThat(call.isError()).as(call.text()).isFalse();
    JsonNode result = call.structured();
    assertThat(result.path("github").path("configured").asBoolean()).isFalse();
    assertThat(result.path("github").path("note").asString())
        .contains("not configured")
        .contains("--github-token-file")
        .contains("--github-repos");
    assertThat(repo(result, "acme/linked").path("why").toString()).contains("linked from alert");
    assertThat(result.path("commits").isEmpty()).isTrue();
    assertThat(ids(result.path("pipelines"))).isEqualTo(pipelinesOfTeams(teamsOfSource(502)));
    assertThat(result.has("missing")).isFalse();
  }

  @Test
  void badInputIsOneActionableSentence() {
    assertError("{}", "Pass exactly one of alert_id, service, team, alert_source or pipeline.");
    assertError(
        "{\"service\":\"Search\",\"team\":\"Platform\"}", "exactly one of alert_id, service");
    assertError("{\"team\":\"Platform\",\"from\":\"1h\",\"until\":\"2h\"}", "from must be before");
    assertError("{\"team\":\"Platform\",\"from\":\"15d\"}", "at most 14 days");
    assertError("{\"team\":\"Platform\",\"from\":\"2026-01-01T00:00:00\"}", "has no time zone");
    assertError("{\"service\":\"No such service\"}", "No service named 'No such service'");
    assertError("{\"pipeline\":\"nope\"}", "No deployment pipeline named 'nope'");
    assertError("{\"alert_id\":\"abc\"}", "`alert_id` is a numeric ilert id");
    assertError("{\"alert_id\":\"999999999\"}", "Not found");
  }

  private static void assertError(String args, String message) {
    Sandbox.ToolCall call = sandbox.result(Sandbox.ADMIN, TOOL, args);
    assertThat(call.isError()).as(args).isTrue();
    assertThat(call.text()).as(args).contains(message);
  }

  @Test
  void theDefinitionCostsAtMost330Tokens() {
    var spec = new FindRecentChangesTool().spec();
    ObjectNode definition =
        Json.object()
            .put("name", spec.name())
            .put("title", spec.title())
            .put("description", spec.description());
    definition.set("inputSchema", spec.inputSchema());
    definition.set("outputSchema", spec.outputSchema());
    int tokens = Json.writeBytes(definition).length / 4;
    System.out.println("find_recent_changes definition: " + tokens + " tokens");
    assertThat(tokens).isLessThanOrEqualTo(330);
  }
}
