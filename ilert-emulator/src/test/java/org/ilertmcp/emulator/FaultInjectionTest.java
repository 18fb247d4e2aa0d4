package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.ilertmcp.emulator.fault.FaultRule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Faults injected through the Java API and the admin endpoint. */
class FaultInjectionTest {
  private static IlertEmulator emu;
  private static Api api;
  private static String key;

  @BeforeAll
  static void start() {
    emu = IlertEmulator.builder().demoOrganisation(true).build().start();
    api = new Api(emu.baseUrl());
    key = emu.demoKey("ADMIN");
  }

  @AfterAll
  static void stop() {
    emu.close();
  }

  @AfterEach
  void clear() {
    emu.faults().clear();
  }

  @Test
  void rateLimitStormLastsForItsCountAndCanSendRetryAfter() {
    emu.faults().add(FaultRule.rateLimit("/api/alerts/**").times(2).retryAfter(3));
    Api.Reply first = api.get(key, "/api/alerts/count");
    assertThat(first.status()).isEqualTo(429);
    assertThat(first.header("Retry-After")).isEqualTo("3");
    assertThat(first.json().get("code").asString()).isEqualTo("TOO_MANY_REQUESTS");
    assertThat(api.get(key, "/api/alerts/count").status()).isEqualTo(429);
    assertThat(api.get(key, "/api/alerts/count").status()).isEqualTo(200);
    assertThat(api.get(key, "/api/users/current").status()).isEqualTo(200);
  }

  @Test
  void serverErrorsMatchMethodAndPath() {
    emu.faults().add(FaultRule.serverError("/api/alerts", 502).method("GET"));
    assertThat(api.get(key, "/api/alerts").status()).isEqualTo(502);
    assertThat(api.get(key, "/api/alerts/count").status()).isEqualTo(200);
  }

  @Test
  void latencyDelaysButServes() {
    emu.faults().add(FaultRule.latency("/api/users/*", Duration.ofMillis(300)).times(1));
    long start = System.nanoTime();
    Api.Reply r = api.get(key, "/api/users/current");
    assertThat(r.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void malformedBodiesAreNotJson() {
    emu.faults().add(FaultRule.malformedBody("/api/alerts/count").times(1));
    Api.Reply r = api.get(key, "/api/alerts/count");
    assertThat(r.status()).isEqualTo(200);
    assertThatThrownBy(r::json).isInstanceOf(JacksonException.class);
  }

  @Test
  void emptyBodyServesTheWriteAndAnswersNothing() {
    long id = pendingAlert();
    String rule = emu.faults().add(FaultRule.emptyBody("/api/alerts/*/accept").times(1)).id();
    Api.Reply r = api.call(key, "PUT", "/api/alerts/" + id + "/accept", null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(accepts(id)).isEqualTo(1);
    assertThat(emu.faults().hits(rule)).isEqualTo(1);
  }

  @Test
  void truncatedBodyServesTheWriteThenBreaksOffMidBody() {
    long id = pendingAlert();
    emu.faults().add(FaultRule.truncatedBody("/api/alerts/*/accept").times(1));
    HttpRequest accept =
        HttpRequest.newBuilder(URI.create(emu.baseUrl() + "/alerts/" + id + "/accept"))
            .header("Authorization", "Bearer " + key)
            .PUT(HttpRequest.BodyPublishers.noBody())
            .build();
    assertThatThrownBy(
            () -> HttpClient.newHttpClient().send(accept, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(accepts(id)).isEqualTo(1);
  }

  @Test
  void faultKindsAreAcceptedInKebabCaseByTheAdminApi() {
    Api.Reply added =
        api.call(
            null, "POST", "/_emulator/faults", "{\"path\":\"/api/x\",\"kind\":\"empty-body\"}");
    assertThat(added.status()).isEqualTo(201);
    assertThat(added.json().get("kind").asString()).isEqualTo("EMPTY_BODY");
    assertThat(added.json().get("hits").asInt()).isZero();
    Api.Reply refused =
        api.call(null, "POST", "/_emulator/faults", "{\"path\":\"/api/x\",\"kind\":\"nope\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asString()).contains("TRUNCATED_BODY");
  }

  private long pendingAlert() {
    JsonNode alerts = api.get(key, "/api/alerts?states=PENDING&max-results=1").json();
    return alerts.get(0).get("id").asLong();
  }

  private long accepts(long alertId) {
    return emu.state().logEntries(alertId).stream()
        .filter(e -> "ACCEPT".equals(e.vars().get("response")))
        .count();
  }

  @Test
  void connectionResetsAndTimeoutsFailOnTheClient() {
    HttpClient http = HttpClient.newHttpClient();
    // unlimited: the JDK client silently retries an idempotent GET once after a reset
    emu.faults().add(FaultRule.connectionReset("/api/alerts/count"));
    HttpRequest count =
        HttpRequest.newBuilder(URI.create(emu.baseUrl() + "/alerts/count"))
            .header("Authorization", "Bearer " + key)
            .timeout(Duration.ofMillis(800))
            .build();
    assertThatThrownBy(() -> http.send(count, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    emu.faults().clear();
    emu.faults().add(FaultRule.timeout("/api/alerts/count", Duration.ofSeconds(2)).times(1));
    assertThatThrownBy(() -> http.send(count, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(HttpTimeoutException.class);
  }

  @Test
  void optionalPerKeyRateLimitAnswers429WithoutRetryAfter() {
    MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-11T10:15:00Z"));
    try (IlertEmulator limited =
        IlertEmulator.builder()
            .clock(clock)
            .demoOrganisation(true)
            .rateLimitPerMinute(3)
            .build()
            .start()) {
      Api a = new Api(limited.baseUrl());
      for (int i = 0; i < 3; i++) {
        assertThat(a.get(key, "/api/users/current").status()).isEqualTo(200);
      }
      Api.Reply limitedReply = a.get(key, "/api/users/current");
      assertThat(limitedReply.status()).isEqualTo(429);
      assertThat(limitedReply.header("Retry-After")).isNull();
      assertThat(a.get("demo-user-key", "/api/users/current").status()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(1));
      assertThat(a.get(key, "/api/users/current").status()).isEqualTo(200);
    }
  }

  @Test
  void heartbeatPingsMakeMonitorsHealthyUntilTheyAreOverdue() {
    MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-11T10:15:00Z"));
    try (IlertEmulator e =
        IlertEmulator.builder().clock(clock).demoOrganisation(true).build().start()) {
      Api a = new Api(e.baseUrl());
      assertThat(a.get(key, "/api/heartbeat-monitors/1502").json().get("state").asString())
          .isEqualTo("UNKNOWN");
      assertThat(a.get(null, "/api/heartbeats/demo-heartbeat-1502-3600").status()).isEqualTo(202);
      assertThat(a.get(key, "/api/heartbeat-monitors/1502").json().get("state").asString())
          .isEqualTo("HEALTHY");
      clock.advance(Duration.ofMinutes(61));
      assertThat(a.get(key, "/api/heartbeat-monitors/1502").json().get("state").asString())
          .isEqualTo("OVERDUE");
    }
  }

  @Test
  void adminEndpointManagesRules() {
    Api.Reply added =
        api.call(
            null,
            "POST",
            "/_emulator/faults",
            "{\"path\":\"/api/teams\",\"kind\":\"SERVER_ERROR\",\"status\":503,\"times\":1}");
    assertThat(added.status()).isEqualTo(201);
    JsonNode listed = api.get(null, "/_emulator/faults").json();
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("kind").asString()).isEqualTo("SERVER_ERROR");
    assertThat(api.get(key, "/api/teams").status()).isEqualTo(503);
    assertThat(api.get(key, "/api/teams").status()).isEqualTo(200);
    assertThat(api.get(null, "/_emulator/faults").json()).isEmpty();
    assertThat(
            api.call(null, "POST", "/_emulator/faults", "{\"path\":\"/api\",\"kind\":\"EXPLODE\"}")
                .status())
        .isEqualTo(400);
    api.call(
        null, "POST", "/_emulator/faults", "{\"path\":\"/api/teams\",\"kind\":\"RATE_LIMIT\"}");
    assertThat(api.call(null, "DELETE", "/_emulator/faults", null).status()).isEqualTo(204);
    assertThat(api.get(key, "/api/teams").status()).isEqualTo(200);
  }
}
