package org.ilertmcp.server.tools.alerts;

import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;

/** Demo-organisation alerts and fault helpers shared by the alert tool tests. */
public final class AlertFixtures {
  /** PENDING on 501 (policy 401 at its second level, user 1010 pending). */
  public static final String CHECKOUT = "checkout-5xx";

  /** PENDING on the private 507 (policy 404, already at its last level). */
  public static final String LOGIN_BURST = "login-burst";

  /** ACCEPTED on 502 (policy 402). */
  public static final String PAYMENT = "payment-latency-p99";

  private AlertFixtures() {}

  /** The open alert with this key. */
  public static AlertSnapshot open(Sandbox sandbox, String key) {
    return sandbox.emulator().state().alertsWithKey(key).stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .findFirst()
        .orElseThrow();
  }

  public static AlertSnapshot resolved(Sandbox sandbox) {
    return sandbox.emulator().state().alerts().stream()
        .filter(a -> a.status().equals("RESOLVED") && a.sourceId() == 501)
        .findFirst()
        .orElseThrow();
  }

  public static AlertSnapshot now(Sandbox sandbox, long id) {
    return sandbox.emulator().state().alert(id).orElseThrow();
  }

  public static String args(long alertId) {
    return "{\"alert_id\":\"" + alertId + "\"}";
  }

  public static String args(long alertId, String name, String value) {
    return "{\"alert_id\":\"" + alertId + "\",\"" + name + "\":\"" + value + "\"}";
  }

  /** ilert answers 429 (with an immediate Retry-After, so retries run out fast). */
  public static void rateLimit(Sandbox sandbox, String method, String path) {
    sandbox.injectFault(FaultRule.rateLimit(path).method(method).times(20).retryAfter(0));
  }

  /** ilert answers 503 until the rule is removed. */
  public static void down(Sandbox sandbox, String method, String path) {
    sandbox.injectFault(FaultRule.serverError(path, 503).method(method));
  }
}
