package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ilertmcp.client.ScriptedServer.Reply;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.alerts.ManualAlert;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.core.KeyedRateLimiter;
import org.ilertmcp.client.events.Event;
import org.ilertmcp.client.http.Sleeper;
import org.ilertmcp.client.http.WaitListener;
import org.ilertmcp.client.http.WaitReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors, retries, deadlines, the per-key limiter, gzip and credential hygiene on the wire. */
class TransportBehaviourTest {
  private static final String KEY = "il1-secret-key-DO-NOT-LEAK";
  private static final CallContext CTX = CallContext.bearer(KEY);
  private static final RetrySettings FAST_RETRY =
      new RetrySettings(
          2, Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMillis(20), 0.5);

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
        .retry(RetrySettings.none());
  }

  private IlertClient client() {
    return builder().build();
  }

  private IlertClient retryingClient() {
    return builder().retry(FAST_RETRY).build();
  }

  @ParameterizedTest
  @CsvSource({
    "400, BAD_REQUEST, ERROR",
    "401, AUTH, ",
    "403, AUTH, KEY_ERROR",
    "402, PLAN, QUOTA_EXCEEDED",
    "404, NOT_FOUND, ",
    "405, CONFLICT, ",
    "409, CONFLICT, ",
    "412, CONFLICT, ",
    "422, BAD_REQUEST, ",
    "429, RATE_LIMITED, ",
    "500, SERVER_ERROR, ",
    "503, SERVER_ERROR, "
  })
  void errorStatusesMapToKinds(int status, ErrorKind kind, String code) {
    String body =
        "{\"status\":"
            + status
            + ",\"message\":\"boom "
            + status
            + "\""
            + (code == null ? "" : ",\"code\":\"" + code + "\"")
            + "}";
    server.enqueue(Reply.json(status, body).withHeader("x-request-id", "req-" + status));
    IlertApiException e =
        catchThrowableOfType(IlertApiException.class, () -> client().alerts().get(CTX, 1, null));
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(java.util.Optional.ofNullable(code));
    assertThat(e.ilertMessage()).contains("boom " + status);
    assertThat(e.requestId()).contains("req-" + status);
    assertThat(e.requestNotSent()).isFalse();
    assertThat(e.getMessage())
        .contains("GET /alerts/1")
        .contains(String.valueOf(status))
        .doesNotContain(KEY);
  }

  @Test
  void staleIfMatchIsAConflict() {
    server.enqueue(Reply.json(412, "{\"status\":412,\"message\":\"incident changed\"}"));
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class,
            () ->
                client()
                    .incidents()
                    .update(
                        CTX,
                        3,
                        org.ilertmcp.client.incidents.Incident.of(
                            "s", "MONITORING", "m", false, null),
                        "W/\"old\""));
    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(server.last().header("If-Match")).isEqualTo("W/\"old\"");
  }

  @Test
  void defaultBuilderWorksOverPlainHttp() {
    server.enqueue(Reply.json(200, "{\"id\":1}"), Reply.json(201, "{\"id\":2}"));
    IlertClient client = IlertClient.builder().baseUrl(server.baseUrl()).build();
    assertThat(client.alerts().get(CTX, 1, null).id()).isEqualTo(1L);
    assertThat(client.alerts().create(CTX, ManualAlert.of(1, "x")).id()).isEqualTo(2L);
    assertThat(server.requests().get(0).header("Upgrade")).isNull();
  }

  @Test
  void nonJsonErrorBodyFromAGatewayIsStillTyped() {
    server.enqueue(
        new Reply(
            502,
            java.util.Map.of("Content-Type", "text/html"),
            "<html>bad</html>".getBytes(),
            0,
            false));
    IlertApiException e =
        catchThrowableOfType(IlertApiException.class, () -> client().users().current(CTX));
    assertThat(e.kind()).isEqualTo(ErrorKind.SERVER_ERROR);
    assertThat(e.ilertMessage()).contains("non-JSON error body");
    assertThat(e.errorCode()).isEmpty();
  }

  @Test
  void malformedSuccessBodiesAreTyped() {
    server.enqueue(Reply.json(200, "{not json"));
    assertThatThrownBy(() -> client().alerts().get(CTX, 1, null))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
              assertThat(e.status()).isEqualTo(200);
            });
    server.enqueue(Reply.json(200, "{\"id\":1}"));
    assertThatThrownBy(() -> client().alerts().list(CTX, AlertQuery.all(), null))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
    server.enqueue(Reply.json(200, "{\"total\":3}"));
    assertThatThrownBy(
            () ->
                client()
                    .alerts()
                    .count(
                        CTX,
                        new org.ilertmcp.client.alerts.AlertCountQuery(
                            null, null, null, null, null)))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
    server.enqueue(Reply.json(200, "{\"id\":\"not-a-number\"}"));
    assertThatThrownBy(() -> client().alerts().get(CTX, 1, null))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
  }

  @Test
  void gzipBodiesAreDecompressed() {
    server.enqueue(Reply.json(200, "{\"id\":7,\"summary\":\"zipped\"}").gzipped());
    Alert alert = client().alerts().get(CTX, 7, null);
    assertThat(alert.summary()).isEqualTo("zipped");
    assertThat(server.last().header("Accept-Encoding")).isEqualTo("gzip");
  }

  @Test
  void teamContextIsSentOnlyWhenGiven() {
    server.enqueue(Reply.json(200, "{}"), Reply.json(200, "{}"));
    client().users().current(CTX);
    assertThat(server.last().header("team-context")).isNull();
    client().users().current(CTX.withTeamContext("12"));
    assertThat(server.last().header("team-context")).isEqualTo("12");
  }

  @Test
  void credentialNeverAppearsInContextOrExceptions() {
    assertThat(CTX.toString()).doesNotContain(KEY).contains(CTX.keyFingerprint());
    assertThat(CTX.keyFingerprint()).hasSize(16).doesNotContain(KEY);
    assertThatThrownBy(() -> new CallContext("Bearer a\r\nX-Evil: 1", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Evil");
    server.enqueue(
        Reply.json(403, "{\"status\":403,\"message\":\"bad key\",\"code\":\"KEY_ERROR\"}"));
    IlertApiException e =
        catchThrowableOfType(IlertApiException.class, () -> client().users().current(CTX));
    assertThat(e.toString()).doesNotContain(KEY);
    assertThat(server.last().header("Authorization")).isEqualTo("Bearer " + KEY);
  }

  @Test
  void getIsRetriedAfter503() {
    server.enqueue(
        Reply.json(503, "{\"status\":503,\"message\":\"down\"}"), Reply.json(200, "{\"id\":1}"));
    Alert alert = retryingClient().alerts().get(CTX, 1, null);
    assertThat(alert.id()).isEqualTo(1L);
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void getIsRetriedAfterADroppedConnection() {
    server.enqueue(Reply.drop(), Reply.drop(), Reply.json(200, "{\"id\":1}"));
    assertThat(retryingClient().alerts().get(CTX, 1, null).id()).isEqualTo(1L);
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void persistentResetsCostAtMostThreeRequests() {
    server.fallback(Reply.drop());
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class, () -> retryingClient().alerts().get(CTX, 1, null));
    assertThat(e.kind()).isEqualTo(ErrorKind.NETWORK);
    // the JDK client's own second try on a dropped connection is off: 3 attempts, 3 requests
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void hangThenResetEndsByTheDeadlineWithoutAFreshTimeout() {
    server.fallback(Reply.drop().delayed(700));
    IlertClient client = builder().retry(FAST_RETRY).requestTimeout(Duration.ofSeconds(30)).build();
    long start = System.nanoTime();
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class,
            () -> client.alerts().get(CTX.withTimeout(Duration.ofMillis(1000)), 1, null));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(e.kind()).isIn(ErrorKind.TIMEOUT, ErrorKind.NETWORK);
    // the 1 s deadline plus the 1 s every call is allowed (a busy CPU adds its delays); a fresh
    // request timeout would take 30 s
    assertThat(took).isLessThan(Duration.ofMillis(2000));
    assertThat(server.requests().size()).isBetween(1, 2);
  }

  @Test
  void aBodyTrickledPastTheDeadlineIsCutThere() {
    server.enqueue(Reply.json(200, "{\"id\":1,\"summary\":\"slow body\"}").trickled(100));
    long start = System.nanoTime();
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class,
            () -> client().alerts().get(CTX.withTimeout(Duration.ofMillis(800)), 1, null));
    assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
    assertThat(e.requestNotSent()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1300));
  }

  @Test
  void anEmptySuccessBodyWhereAnObjectOrListIsExpectedIsMalformed() {
    server.enqueue(Reply.empty(200), Reply.empty(200), Reply.empty(201));
    IlertApiException get =
        catchThrowableOfType(IlertApiException.class, () -> client().alerts().get(CTX, 1, null));
    assertThat(get.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    assertThat(get.status()).isEqualTo(200);
    assertThat(get.ilertMessage()).get().asString().contains("empty body");
    assertThatThrownBy(() -> client().alerts().list(CTX, AlertQuery.all(), null))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
    IlertApiException write =
        catchThrowableOfType(
            IlertApiException.class,
            () -> retryingClient().alerts().create(CTX, ManualAlert.of(1, "x")));
    assertThat(write.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    assertThat(write.requestNotSent()).isFalse();
    assertThat(server.requests()).hasSize(3);
    server.enqueue(Reply.json(200, "null"));
    assertThatThrownBy(() -> client().alerts().get(CTX, 1, null))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE));
  }

  @Test
  void aBodyCutOffMidwayIsMalformedNotAnOutage() {
    server.enqueue(Reply.json(200, "{\"id\":1,\"summary\":\"cut here\"}").cutAfter(10));
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class, () -> retryingClient().alerts().accept(CTX, 1));
    assertThat(e.kind()).isEqualTo(ErrorKind.MALFORMED_RESPONSE);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.requestNotSent()).isFalse();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void postIsNotRetriedAfter500() {
    server.enqueue(Reply.json(500, "{\"status\":500,\"message\":\"oops\"}"), Reply.json(201, "{}"));
    assertThatThrownBy(() -> retryingClient().alerts().create(CTX, ManualAlert.of(1, "x")))
        .isInstanceOfSatisfying(
            IlertApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.SERVER_ERROR));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void putIsNotRetriedAfterADroppedConnection() {
    server.enqueue(Reply.drop(), Reply.json(200, "{}"));
    assertThatThrownBy(() -> retryingClient().alerts().resolve(CTX, 1))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.NETWORK);
              assertThat(e.requestNotSent()).isFalse();
            });
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void postIsNotRetriedAfterAReadTimeout() throws InterruptedException {
    server.enqueue(Reply.json(201, "{}").delayed(1_000), Reply.json(201, "{}"));
    IlertClient client = builder().retry(FAST_RETRY).requestTimeout(Duration.ofMillis(200)).build();
    assertThatThrownBy(() -> client.alerts().create(CTX, ManualAlert.of(1, "x")))
        .isInstanceOfSatisfying(
            IlertApiException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.TIMEOUT);
              assertThat(e.requestNotSent()).isFalse();
            });
    Thread.sleep(150);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void postIsRetriedAfter429() {
    server.enqueue(
        Reply.json(429, "{\"status\":429,\"message\":\"slow down\"}"),
        Reply.json(201, "{\"id\":9}"));
    Alert alert = retryingClient().alerts().create(CTX, ManualAlert.of(1, "x"));
    assertThat(alert.id()).isEqualTo(9L);
    assertThat(server.requests()).hasSize(2);
    assertThat(server.requests().get(1).bodyText()).isEqualTo(server.requests().get(0).bodyText());
  }

  @Test
  void eventsAreRetriedAfter429ButNotAfter503() {
    server.enqueue(Reply.json(429, "{}"), Reply.empty(202));
    retryingClient().events().send(CTX, Event.alert("k", "a", "s"));
    assertThat(server.requests()).hasSize(2);
    server.reset();
    server.enqueue(Reply.json(503, "{}"), Reply.empty(202));
    assertThatThrownBy(() -> retryingClient().events().send(CTX, Event.alert("k", "a", "s")))
        .isInstanceOf(IlertApiException.class);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void retryAfterIsHonoured() {
    server.enqueue(
        Reply.json(429, "{\"status\":429}").withHeader("Retry-After", "1"), Reply.json(200, "{}"));
    long start = System.nanoTime();
    retryingClient().users().current(CTX);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void aVirtualSleeperTakesTheSameWaitsWithoutRealTime() {
    server.enqueue(
        Reply.json(429, "{\"status\":429}").withHeader("Retry-After", "20"),
        Reply.json(503, "{\"status\":503}"),
        Reply.json(200, "{}"));
    Sleeper.Virtual sleeper = Sleeper.virtual();
    long start = System.nanoTime();
    builder()
        .retry(new RetrySettings(2, Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ZERO, 0))
        .sleeper(sleeper)
        .build()
        .users()
        .current(CTX);
    assertThat(sleeper.slept()).isEqualTo(Duration.ofSeconds(23));
    assertThat(server.requests()).hasSize(3);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void retryAfterBeyondTheDeadlineFailsAtOnce() {
    server.enqueue(Reply.json(429, "{\"status\":429}").withHeader("Retry-After", "30"));
    long start = System.nanoTime();
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class,
            () -> retryingClient().users().current(CTX.withTimeout(Duration.ofSeconds(2))));
    assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void retriesStopAtTheDeadline() {
    server.fallback(Reply.json(503, "{\"status\":503}").delayed(60));
    IlertClient client =
        builder()
            .retry(
                new RetrySettings(
                    RetrySettings.MAX_RETRIES,
                    Duration.ofMillis(50),
                    Duration.ofMillis(50),
                    Duration.ZERO,
                    0))
            .build();
    long start = System.nanoTime();
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class,
            () -> client.users().current(CTX.withDeadline(Instant.now().plusMillis(500))));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(e.kind()).isIn(ErrorKind.SERVER_ERROR, ErrorKind.TIMEOUT);
    assertThat(took).isLessThan(Duration.ofMillis(2000));
    assertThat(server.requests().size()).isBetween(2, 3);
  }

  @Test
  void connectionRefusedIsANetworkFailureThatWasNotSent() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    IlertClient client =
        IlertClient.builder()
            .baseUrl("http://127.0.0.1:" + port + "/api")
            .retry(FAST_RETRY)
            .requestsPerMinute(0)
            .build();
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class, () -> client.alerts().create(CTX, ManualAlert.of(1, "x")));
    assertThat(e.kind()).isEqualTo(ErrorKind.NETWORK);
    assertThat(e.requestNotSent()).isTrue();
    assertThat(e.status()).isZero();
    assertThat(e.getMessage()).doesNotContain(KEY);
  }

  @Test
  void limiterLetsABurstThroughThenQueuesCallsOfOneKey() {
    // the limiter decides each wait; the waits pass on a virtual sleeper (the real one is
    // covered by retryAfterIsHonoured)
    Sleeper.Virtual sleeper = Sleeper.virtual();
    IlertClient client =
        builder().requestsPerMinute(6).sleeper(sleeper).build(); // 3 permits per 60 s window
    server.fallback(Reply.json(200, "{}"));
    for (int i = 0; i < 3; i++) {
      client.users().current(CTX);
    }
    assertThat(sleeper.slept()).isZero();
    assertThatThrownBy(() -> client.users().current(CTX.withTimeout(Duration.ofMillis(300))))
        .isInstanceOfSatisfying(
            IlertApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED));
    assertThat(server.requests()).hasSize(3);
    Notices notices = new Notices(Duration.ofSeconds(2));
    client.users().current(CTX.withTimeout(Duration.ofSeconds(75)).withWaitListener(notices));
    // the wait lasts until the next window: about 60 s less the (real) time the burst took
    assertThat(sleeper.slept())
        .isGreaterThanOrEqualTo(Duration.ofSeconds(50))
        .isLessThanOrEqualTo(KeyedRateLimiter.WINDOW);
    assertThat(server.requests()).hasSize(4);
    // the wait for the next window was reported at its start and every 2 s
    assertThat(notices.of(WaitReason.PACING)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void retryDelaysAndSlowAnswersAreReportedWhileWaiting() {
    server.enqueue(
        Reply.json(429, "{\"status\":429}").withHeader("Retry-After", "1"),
        Reply.json(200, "{}").delayed(1_000));
    Notices notices = new Notices(Duration.ofMillis(200));
    retryingClient().users().current(CTX.withWaitListener(notices));
    assertThat(notices.of(WaitReason.RETRY_DELAY)).isGreaterThanOrEqualTo(4);
    assertThat(notices.of(WaitReason.RESPONSE)).isGreaterThanOrEqualTo(3);
    assertThat(notices.longestSilence()).isLessThan(Duration.ofMillis(600));
  }

  /** Records wait notices. */
  private static final class Notices implements WaitListener {
    private final Duration interval;
    private final List<WaitReason> reasons = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Long> times = new java.util.concurrent.CopyOnWriteArrayList<>();

    Notices(Duration interval) {
      this.interval = interval;
    }

    @Override
    public void waiting(WaitReason reason, Duration waited, Duration left) {
      reasons.add(reason);
      times.add(System.nanoTime());
    }

    @Override
    public Duration interval() {
      return interval;
    }

    long of(WaitReason reason) {
      return reasons.stream().filter(reason::equals).count();
    }

    /** The longest gap between two notices of one wait, across waits of the same reason. */
    Duration longestSilence() {
      long longest = 0;
      for (int i = 1; i < times.size(); i++) {
        if (reasons.get(i) == reasons.get(i - 1)) {
          longest = Math.max(longest, times.get(i) - times.get(i - 1));
        }
      }
      return Duration.ofNanos(longest);
    }
  }

  @Test
  void limiterKeepsEveryRollingMinuteWithinTheLimit() {
    for (int perMinute : new int[] {1, 7, 60, 120, 1000}) {
      int windowsOverlapped = (int) (60 / KeyedRateLimiter.WINDOW.toSeconds()) + 1;
      assertThat(KeyedRateLimiter.permitsPerWindow(perMinute) * windowsOverlapped)
          .as("worst case for %d/min", perMinute)
          .isLessThanOrEqualTo(Math.max(perMinute, windowsOverlapped));
    }
  }

  @Test
  void eachKeyHasItsOwnBudget() {
    IlertClient client = builder().requestsPerMinute(2).build(); // one permit per 60 s window
    server.fallback(Reply.json(200, "{}"));
    client.users().current(CTX);
    long start = System.nanoTime();
    client.users().current(CallContext.bearer("another-key"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    assertThatThrownBy(() -> client.users().current(CTX.withTimeout(Duration.ofMillis(300))))
        .isInstanceOfSatisfying(
            IlertApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED));
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void limiterQueuesConcurrentCallersWithinTheirDeadline() throws Exception {
    Sleeper.Virtual clock = Sleeper.virtual();
    Set<Thread> waited = ConcurrentHashMap.newKeySet();
    // one virtual clock for all callers: waits that interleave advance it together, so what is
    // asserted is who waited and how far the clock moved, not the sum of each caller's waits
    Sleeper sleeper =
        new Sleeper() {
          @Override
          public long nanoTime() {
            return clock.nanoTime();
          }

          @Override
          public void sleep(long nanos) throws InterruptedException {
            waited.add(Thread.currentThread());
            clock.sleep(nanos);
          }
        };
    IlertClient client =
        builder().requestsPerMinute(4).sleeper(sleeper).build(); // 2 permits per 60 s window
    server.fallback(Reply.json(200, "{}"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(
            pool.submit(() -> client.users().current(CTX.withTimeout(Duration.ofSeconds(150)))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      // two went at once; the other two waited for the next window
      assertThat(waited).hasSize(2);
      assertThat(clock.slept())
          .isGreaterThanOrEqualTo(KeyedRateLimiter.WINDOW.minusSeconds(1))
          .isLessThanOrEqualTo(KeyedRateLimiter.WINDOW.multipliedBy(2));
      assertThat(server.requests()).hasSize(4);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void limiterFailsFastWhenTheDeadlineCannotBeMet() {
    IlertClient client = builder().requestsPerMinute(2).retry(FAST_RETRY).build(); // 1 per 60 s
    server.fallback(Reply.json(200, "{}"));
    client.users().current(CTX);
    long start = System.nanoTime();
    IlertApiException e =
        catchThrowableOfType(
            IlertApiException.class,
            () -> client.alerts().accept(CTX.withTimeout(Duration.ofMillis(200)), 1));
    assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED);
    assertThat(e.status()).isZero();
    assertThat(e.limitedByClient()).isTrue();
    assertThat(e.ilertMessage())
        .contains(
            "this server paces each API key to 2 requests per minute (ilert's limit) and cannot"
                + " send this request before the call's deadline");
    assertThat(e.retryAfter()).isPresent();
    assertThat(e.requestNotSent()).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(800));
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void eventsBypassTheKeyLimiter() {
    IlertClient client = builder().requestsPerMinute(1).build();
    server.fallback(Reply.empty(202));
    long start = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      client.events().send(CallContext.anonymous(), Event.alert("k", "a", "s"));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(server.requests()).hasSize(3);
  }

  /** What a {@link RequestObserver} heard: one entry per attempt, and the pacing's refusals. */
  private static final class Heard implements RequestObserver {
    record Exchange(String method, String path, int status, int attempt) {}

    final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    final List<String> refusals = new CopyOnWriteArrayList<>();

    @Override
    public void exchanged(String method, String path, int status, int attempt, Duration duration) {
      assertThat(duration).isPositive();
      exchanges.add(new Exchange(method, path, status, attempt));
    }

    @Override
    public void refused() {
      refusals.add("refused");
    }
  }

  @Test
  void theObserverHearsEveryAttemptWithItsStatusAndNumber() {
    Heard heard = new Heard();
    server.enqueue(
        Reply.json(503, "{\"status\":503,\"message\":\"down\"}"), Reply.json(200, "{\"id\":7}"));
    assertThat(builder().retry(FAST_RETRY).observer(heard).build().alerts().get(CTX, 7, null).id())
        .isEqualTo(7L);
    assertThat(heard.exchanges)
        .containsExactly(
            new Heard.Exchange("GET", "/alerts/7", 503, 1),
            new Heard.Exchange("GET", "/alerts/7", 200, 2));
  }

  @Test
  void theObserverHearsAnExchangeWithoutAnAnswerAsStatusZero() {
    Heard heard = new Heard();
    server.enqueue(Reply.drop());
    assertThatThrownBy(() -> builder().observer(heard).build().alerts().accept(CTX, 7))
        .isInstanceOf(IlertApiException.class);
    assertThat(heard.exchanges).extracting(Heard.Exchange::status).containsExactly(0);
  }

  @Test
  void theObserverHearsARefusalByThePacingAndNothingIsSent() {
    Heard heard = new Heard();
    IlertClient client = builder().requestsPerMinute(2).observer(heard).build(); // 1 per 60 s
    server.fallback(Reply.json(200, "{}"));
    client.users().current(CTX);
    assertThatThrownBy(() -> client.users().current(CTX.withTimeout(Duration.ofMillis(200))))
        .isInstanceOfSatisfying(
            IlertApiException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.RATE_LIMITED));
    assertThat(heard.refusals).containsExactly("refused");
    assertThat(heard.exchanges).hasSize(1);
  }
}
