package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ilertmcp.client.ScriptedServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client tells its observer of every attempt and of refusals by the per-key pacing. */
class RequestObserverTest {
  private static final CallContext CTX = CallContext.bearer("observer-test-key");

  private record Exchange(String method, String path, int status, int attempt) {}

  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private final List<String> pacing = new CopyOnWriteArrayList<>();
  private final RequestObserver observer =
      new RequestObserver() {
        @Override
        public void exchanged(
            String method, String path, int status, int attempt, Duration duration) {
          assertThat(duration).isPositive();
          exchanges.add(new Exchange(method, path, status, attempt));
        }

        @Override
        public void refused() {
          pacing.add("refused");
        }
      };
  private ScriptedServer server;

  @BeforeEach
  void start() {
    server = new ScriptedServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private IlertClient.Builder builder() {
    return IlertClient.builder()
        .baseUrl(server.baseUrl())
        .httpVersion(HttpClient.Version.HTTP_1_1)
        .requestsPerMinute(0)
        .observer(observer)
        .retry(
            new RetrySettings(
                3, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(20), 0.5));
  }

  @Test
  void everyAttemptIsReportedWithItsStatusAndNumber() {
    server.enqueue(
        Reply.json(503, "{\"status\":503,\"message\":\"down\"}"), Reply.json(200, "{\"id\":7}"));
    assertThat(builder().build().alerts().get(CTX, 7, null).id()).isEqualTo(7L);
    assertThat(exchanges)
        .containsExactly(
            new Exchange("GET", "/alerts/7", 503, 1), new Exchange("GET", "/alerts/7", 200, 2));
  }

  @Test
  void anExchangeWithoutAnAnswerIsReportedWithStatusZero() {
    server.enqueue(Reply.drop());
    assertThatThrownBy(() -> builder().build().alerts().accept(CTX, 7))
        .isInstanceOf(IlertApiException.class);
    assertThat(exchanges).extracting(Exchange::status).containsExactly(0);
  }

  @Test
  void aRefusalByThePacingIsReportedAndNothingIsSent() {
    IlertClient client = builder().requestsPerMinute(7).build(); // one permit per 10 s window
    server.fallback(Reply.json(200, "{}"));
    client.users().current(CTX);
    assertThatThrownBy(() -> client.users().current(CTX.withTimeout(Duration.ofMillis(200))))
        .isInstanceOfSatisfying(
            IlertApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED));
    assertThat(pacing).containsExactly("refused");
    assertThat(exchanges).hasSize(1);
  }
}
