package org.ilertmcp.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One server, many keys at once: each key sees only what its user may see (private-team alerts) and
 * may do only what its role allows, whatever the other callers do at the same time.
 */
class ConcurrentKeysTest {
  private static final String SECURITY = "demo-security-responder-key";
  private static final String ALL_STATES =
      "{\"states\":[\"PENDING\",\"ACCEPTED\",\"RESOLVED\"],\"limit\":100}";
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Set<Long> visible(String key) {
    Set<Long> ids = new HashSet<>();
    sandbox
        .result(key, "list_alerts", ALL_STATES)
        .structured()
        .path("alerts")
        .forEach(a -> ids.add(a.path("id").asLong()));
    return ids;
  }

  @Test
  void keysSeeOnlyTheirOwnAlertsUnderConcurrency() throws Exception {
    Set<Long> responderBaseline = visible(Sandbox.RESPONDER);
    Set<Long> securityBaseline = visible(SECURITY);
    Set<Long> privateToSecurity = new HashSet<>(securityBaseline);
    privateToSecurity.removeAll(responderBaseline);
    assertThat(privateToSecurity).as("alerts only the security team sees").isNotEmpty();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Set<Long>>> responder = new ArrayList<>();
      List<Future<Set<Long>>> security = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        responder.add(pool.submit(() -> visible(Sandbox.RESPONDER)));
        security.add(pool.submit(() -> visible(SECURITY)));
      }
      for (Future<Set<Long>> f : responder) {
        assertThat(f.get())
            .isEqualTo(responderBaseline)
            .doesNotContainAnyElementsOf(privateToSecurity);
      }
      for (Future<Set<Long>> f : security) {
        assertThat(f.get()).isEqualTo(securityBaseline);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rolesDecideWhoMayActEvenAtTheSameTime() throws Exception {
    List<Long> pending =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> a.status().equals("PENDING") && responderSees(a))
            .map(AlertSnapshot::id)
            .limit(2)
            .toList();
    assertThat(pending).hasSize(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Sandbox.ToolCall> stakeholder =
          pool.submit(
              () -> sandbox.result(Sandbox.STAKEHOLDER, "accept_alert", arg(pending.get(0))));
      Future<Sandbox.ToolCall> responder =
          pool.submit(() -> sandbox.result(Sandbox.RESPONDER, "accept_alert", arg(pending.get(1))));
      assertThat(stakeholder.get().isError()).isTrue();
      assertThat(responder.get().isError()).as(responder.get().text()).isFalse();
    } finally {
      pool.shutdownNow();
    }
    assertThat(sandbox.emulator().state().alert(pending.get(0)).orElseThrow().status())
        .isEqualTo("PENDING");
    assertThat(sandbox.emulator().state().alert(pending.get(1)).orElseThrow().status())
        .isEqualTo("ACCEPTED");
  }

  private static boolean responderSees(AlertSnapshot alert) {
    return !sandbox
        .call(Sandbox.RESPONDER, "get_alert", arg(alert.id()))
        .path("result")
        .path("isError")
        .asBoolean(false);
  }

  private static String arg(long alertId) {
    return "{\"alert_id\":\"" + alertId + "\"}";
  }
}
