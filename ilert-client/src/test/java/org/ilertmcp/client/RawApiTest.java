package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import org.ilertmcp.client.ScriptedServer.Reply;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.raw.RawResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The raw call: path hygiene, and the same retry rules as the typed calls. */
class RawApiTest {
  private static final CallContext CTX = CallContext.bearer("raw-test-key");

  private ScriptedServer server;
  private IlertClient client;

  @BeforeEach
  void start() {
    server = new ScriptedServer();
    client =
        IlertClient.builder()
            .baseUrl(server.baseUrl())
            .httpVersion(HttpClient.Version.HTTP_1_1)
            .requestsPerMinute(0)
            .retry(
                new RetrySettings(
                    2, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(20), 0.5))
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "alerts",
        "/alerts/../users",
        "/alerts/./1",
        "/alerts?x=1",
        "//evil.example/x",
        ""
      })
  void refusesPathsThatCouldLeaveTheApi(String path) {
    assertThatThrownBy(() -> client.raw().send(CTX, "GET", path, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void refusesUnknownMethods() {
    assertThatThrownBy(() -> client.raw().send(CTX, "PATCH", "/alerts/1", List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retriesAReadButNeverAWriteAfterA503() {
    server.enqueue(Reply.json(503, "{\"message\":\"down\"}"));
    server.enqueue(Reply.json(200, "[]"));
    RawResponse read = client.raw().send(CTX, "GET", "/teams", List.of(), null);
    assertThat(read.status()).isEqualTo(200);
    assertThat(server.requests()).hasSize(2);

    server.reset();
    server.enqueue(Reply.json(503, "{\"message\":\"down\"}"));
    server.enqueue(Reply.json(200, "{}"));
    assertThatThrownBy(() -> client.raw().send(CTX, "DELETE", "/teams/3", List.of(), null))
        .isInstanceOfSatisfying(
            IlertApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.SERVER_ERROR));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void emptyBodiesAndHeadersComeBack() {
    server.enqueue(Reply.empty(202).withHeader("next-cursor", "abc"));
    RawResponse r =
        client
            .raw()
            .send(
                CallContext.anonymous(),
                "POST",
                "/deployment-events",
                List.of(),
                tools.jackson.databind.json.JsonMapper.builder()
                    .build()
                    .readTree("{\"integrationKey\":\"k\",\"summary\":\"s\"}"));
    assertThat(r.status()).isEqualTo(202);
    assertThat(r.body()).isNull();
    assertThat(r.header("next-cursor")).contains("abc");
    assertThat(server.requests().get(0).header("Authorization")).isNull();
  }
}
