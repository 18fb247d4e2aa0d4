package org.ilertmcp.server.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.client.RequestObserver;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The per-key lookup cache as an agent's run of calls sees it: requests counted where ilert would
 * count them (the emulator), and the client's per-key limit at its default of 120 per minute.
 */
class LookupCacheTest {
  private final AtomicInteger paced = new AtomicInteger();
  private final Sandbox sandbox =
      Sandbox.startWith(
          b ->
              b.requestsPerMinute(120)
                  .observer(
                      new RequestObserver() {
                        @Override
                        public void paced(Duration waited) {
                          if (!waited.isZero()) {
                            paced.incrementAndGet();
                          }
                        }
                      }));

  @AfterEach
  void stop() {
    sandbox.close();
  }

  /** Counts the requests the emulator serves while {@code run} runs. */
  private int requests(Runnable run) {
    String rule = sandbox.emulator().faults().add(FaultRule.latency("/**", Duration.ZERO)).id();
    run.run();
    sandbox.emulator().faults().remove(rule);
    return sandbox.emulator().faults().hits(rule);
  }

  private List<AlertSnapshot> openAlerts() {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .toList();
  }

  private void ok(String key, String tool, String args) {
    Sandbox.ToolCall call = sandbox.result(key, tool, args);
    assertThat(call.isError()).as(tool + ": " + call.text()).isFalse();
  }

  private void investigate(String key, AlertSnapshot alert) {
    ok(key, "investigate_alert", "{\"alert_id\":\"" + alert.id() + "\"}");
  }

  @Test
  void aSecondInvestigationWithinAMinuteMakesAtMostHalfTheRequests() {
    List<AlertSnapshot> open = openAlerts();
    AlertSnapshot first = open.get(0);
    AlertSnapshot second =
        open.stream().filter(a -> a.sourceId() != first.sourceId()).findFirst().orElseThrow();

    int cold = requests(() -> investigate(Sandbox.ADMIN, first));
    int warm = requests(() -> investigate(Sandbox.ADMIN, second));
    System.out.printf(
        "investigate_alert ilert requests: first %d, second (other alert, other source) %d%n",
        cold, warm);
    assertThat(warm).isLessThanOrEqualTo(cold / 2);

    // another key reads everything itself: nothing is shared across keys
    int otherKey = requests(() -> investigate(Sandbox.USER, second));
    assertThat(otherKey).isGreaterThan(warm);
  }

  @Test
  void ourOwnWriteDropsTheWritersLookups() {
    AlertSnapshot alert = openAlerts().get(0);
    investigate(Sandbox.ADMIN, alert);
    int warm = requests(() -> investigate(Sandbox.ADMIN, alert));
    ok(
        Sandbox.ADMIN,
        "comment_on_alert",
        "{\"alert_id\":\"" + alert.id() + "\",\"comment\":\"looking into it\"}");
    int afterWrite = requests(() -> investigate(Sandbox.ADMIN, alert));
    assertThat(afterWrite).isGreaterThan(warm);
  }

  @Test
  void elevenAnalysisCallsInARowNeverWaitForTheLimiter() {
    List<AlertSnapshot> open = openAlerts();
    int total =
        requests(
            () -> {
              for (int i = 0; i < 7; i++) {
                investigate(Sandbox.ADMIN, open.get(i % open.size()));
              }
              ok(Sandbox.ADMIN, "analyze_alerts", "{}");
              ok(
                  Sandbox.ADMIN,
                  "who_gets_paged",
                  "{\"alert_source\":\"" + open.get(0).sourceId() + "\"}");
              ok(Sandbox.ADMIN, "summarize_incident", "{\"incident_id\":\"703\"}");
              ok(
                  Sandbox.ADMIN,
                  "find_recent_changes",
                  "{\"alert_id\":\"" + open.get(1).id() + "\"}");
            });
    System.out.printf("11 analysis calls: %d ilert requests, %d paced%n", total, paced.get());
    assertThat(paced.get()).isZero();
  }
}
