package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ilertmcp.client.ScriptedServer.Reply;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.incidents.IncidentQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paging helpers walk within each endpoint's maximum and never past the caller's cap. */
class PagingTest {
  private static final CallContext CTX = CallContext.bearer("k");
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
            .retry(RetrySettings.none())
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static Reply page(int from, int count) {
    return Reply.json(
        200,
        IntStream.range(from, from + count)
            .mapToObj(i -> "{\"id\":" + i + "}")
            .collect(Collectors.joining(",", "[", "]")));
  }

  private List<String> pages() {
    return server.requests().stream()
        .map(
            r -> {
              Map<String, String> q =
                  r.query().stream()
                      .collect(
                          Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
              return q.get("start-index") + "+" + q.get("max-results");
            })
        .collect(Collectors.toList());
  }

  @Test
  void walksFullPagesAndStopsExactlyAtTheCap() {
    server.enqueue(page(0, 100), page(100, 100), page(200, 50), page(250, 100));
    List<Alert> alerts = client.alerts().listAll(CTX, AlertQuery.inStates("RESOLVED"), 250);
    assertThat(alerts).hasSize(250);
    assertThat(alerts.get(249).id()).isEqualTo(249L);
    assertThat(pages()).containsExactly("0+100", "100+100", "200+50");
  }

  @Test
  void stopsAtAShortPage() {
    server.enqueue(page(0, 100), page(100, 30));
    assertThat(client.alerts().listAll(CTX, AlertQuery.all(), 1000)).hasSize(130);
    assertThat(pages()).containsExactly("0+100", "100+100");
  }

  @Test
  void respectsEachEndpointsMaximum() {
    server.fallback(Reply.json(200, "[]"));
    client.schedules().listAll(CTX, List.of(), 500);
    client.alertSources().listAll(CTX, 500);
    client.onCalls().listAll(CTX, org.ilertmcp.client.oncalls.OnCallQuery.now(), 500);
    client
        .incidents()
        .listAll(CTX, new IncidentQuery(null, null, null, null, List.of("subscribed")), 500);
    client.services().listAll(CTX, List.of(), 500);
    assertThat(pages()).containsExactly("0+20", "0+50", "0+250", "0+25", "0+100");
  }

  @Test
  void heartbeatMonitorsFollowTheCursorUpToTheCap() {
    server.enqueue(
        page(0, 200).withHeader("next-cursor", "c2"),
        page(200, 200).withHeader("next-cursor", "c3"),
        page(400, 50).withHeader("next-cursor", "c4"));
    assertThat(client.heartbeatMonitors().listAll(CTX, List.of(), 450)).hasSize(450);
    List<String> cursors =
        server.requests().stream()
            .map(
                r ->
                    r.query().stream()
                            .filter(e -> e.getKey().equals("cursor"))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse("-")
                        + "+"
                        + r.query().stream()
                            .filter(e -> e.getKey().equals("max-results"))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse("-"))
            .collect(Collectors.toList());
    assertThat(cursors).containsExactly("-+200", "c2+200", "c3+50");
  }

  @Test
  void heartbeatMonitorsStopWithoutANextCursor() {
    server.enqueue(page(0, 200), page(200, 200));
    assertThat(client.heartbeatMonitors().listAll(CTX, List.of(), 1000)).hasSize(200);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void aZeroCapFetchesNothing() {
    assertThat(client.alerts().listAll(CTX, AlertQuery.all(), 0)).isEmpty();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void aPageAboveTheMaximumIsRefusedBeforeSending() {
    assertThatThrownBy(() -> client.alerts().list(CTX, AlertQuery.all(), Page.first(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100");
    assertThatThrownBy(() -> client.services().list(CTX, List.of("uptime"), Page.first(26)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Page.first(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }
}
