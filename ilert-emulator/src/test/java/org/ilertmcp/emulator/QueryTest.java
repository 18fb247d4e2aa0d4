package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Paging, filters, legacy parameter names and the standalone banner. */
class QueryTest {
  private static Sandbox s;

  @BeforeAll
  static void start() {
    s = new Sandbox(Instant.parse("2026-03-11T10:15:00Z"));
  }

  @AfterAll
  static void stop() {
    s.close();
  }

  private JsonNode get(String path) {
    return s.expect(200, Sandbox.ADMIN, "GET", path, null);
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get("id").asLong()));
    return out;
  }

  @Test
  void alertPagesAreNewestFirstAndContiguous() {
    List<Long> all = ids(get("/api/alerts?max-results=20"));
    List<Long> first = ids(get("/api/alerts?max-results=10"));
    List<Long> second = ids(get("/api/alerts?max-results=10&start-index=10"));
    assertThat(first).hasSize(10);
    List<Long> joined = new ArrayList<>(first);
    joined.addAll(second);
    assertThat(joined).isEqualTo(all);
    JsonNode page = get("/api/alerts?max-results=20");
    for (int i = 1; i < page.size(); i++) {
      assertThat(page.get(i - 1).get("reportTime").asString())
          .isGreaterThanOrEqualTo(page.get(i).get("reportTime").asString());
    }
    assertThat(get("/api/alerts?start-index=100000")).isEmpty();
  }

  @Test
  void countAgreesWithTheListAndOldParameterNamesWork() {
    long pending = get("/api/alerts/count?states=PENDING").get("count").asLong();
    assertThat(ids(get("/api/alerts?states=PENDING&max-results=100"))).hasSize((int) pending);
    assertThat(ids(get("/api/alerts?state=PENDING&max-results=100")))
        .isEqualTo(ids(get("/api/alerts?states=PENDING&max-results=100")));
    assertThat(ids(get("/api/alerts?alert-source=504&max-results=100")))
        .isEqualTo(ids(get("/api/alerts?sources=504&max-results=100")));
    assertThat(ids(get("/api/alerts?responders=chloe.dubois&max-results=100")))
        .isEqualTo(ids(get("/api/alerts?assigned-to=1003&max-results=100")));
    long window =
        get("/api/alerts/count?from=2026-03-01T00:00:00Z&until=2026-03-02T00:00:00Z")
            .get("count")
            .asLong();
    JsonNode inWindow =
        get("/api/alerts?from=2026-03-01T00:00:00Z&until=2026-03-02T00:00:00Z&max-results=100");
    assertThat(inWindow).hasSize((int) window);
    inWindow.forEach(a -> assertThat(a.get("reportTime").asString()).startsWith("2026-03-01"));
  }

  @Test
  void heartbeatMonitorsPageByCursor() {
    List<Long> seen = new ArrayList<>();
    String cursor = null;
    do {
      Api.Reply r =
          s.api.get(
              Sandbox.ADMIN,
              "/api/heartbeat-monitors?max-results=1"
                  + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(r.status()).isEqualTo(200);
      seen.addAll(ids(r.json()));
      cursor = r.header("next-cursor");
    } while (cursor != null);
    assertThat(seen).containsExactly(1501L, 1502L);
  }

  @Test
  void onCallNowListsEveryPolicyLevelWithItsUser() {
    JsonNode now = get("/api/on-calls?policies=403");
    assertThat(now)
        .extracting(n -> n.get("escalationLevel").asInt() + ":" + n.get("user").get("id").asLong())
        .containsExactly("1:1007", "2:1007");
  }

  @Test
  void answersGzipWhenAskedTo() throws Exception {
    java.net.http.HttpResponse<byte[]> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(s.emu.baseUrl() + "/alerts?max-results=5"))
                    .header("Authorization", "Bearer " + Sandbox.ADMIN)
                    .header("Accept-Encoding", "gzip")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
    try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
      assertThat(Api.JSON.readTree(in.readAllBytes())).hasSize(5);
    }
  }

  @Test
  void withoutTheDemoOrganisationOnlyPeopleAndKeysExist() {
    try (IlertEmulator bare = IlertEmulator.builder().build().start()) {
      Api a = new Api(bare.baseUrl());
      String admin = bare.demoKey("ADMIN");
      assertThat(a.get(admin, "/api/users").json()).hasSize(12);
      assertThat(a.get(admin, "/api/alerts/count").json().get("count").asLong()).isZero();
      assertThat(a.get(admin, "/api/alert-sources").json()).isEmpty();
    }
  }

  @Test
  void theBannerPrintsTheBaseUrlAndTheKeys() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EmulatorMain.printBanner(s.emu, new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text)
        .contains(s.emu.baseUrl())
        .contains("demo-admin-key")
        .contains("demo-stakeholder-key");
    assertThat(s.emu.baseUrl()).startsWith("http://127.0.0.1:").endsWith("/api");
  }
}
