package org.ilertmcp.server.tools.incidents;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.client.common.Subscriber;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;

/** The demo organisation's incidents and helpers shared by the incident tool tests. */
final class IncidentFixtures {
  /** Resolved: Checkout latency (service 601). */
  static final long RESOLVED = 701;

  /** Ongoing, IDENTIFIED: Mobile push delays (service 604, PARTIAL_OUTAGE). */
  static final long ONGOING = 703;

  static final long CHECKOUT = 601;
  static final long PAYMENTS = 602;
  static final long MOBILE = 604;

  private IncidentFixtures() {}

  /** A plain ilert client against the sandbox's emulator, for concurrent changes and reads. */
  static IlertClient client(Sandbox sandbox) {
    return IlertClient.builder().baseUrl(sandbox.emulator().baseUrl()).requestsPerMinute(0).build();
  }

  static CallContext as(String key) {
    return CallContext.bearer(key);
  }

  /** The private subscribers of an incident as ilert reports them. */
  static List<Subscriber> subscribers(Sandbox sandbox, long incident) {
    return client(sandbox).incidents().privateSubscribers(as(Sandbox.ADMIN), incident);
  }

  static void rateLimit(Sandbox sandbox, String method, String path) {
    sandbox.injectFault(FaultRule.rateLimit(path).method(method).times(20).retryAfter(0));
  }

  static void down(Sandbox sandbox, String method, String path) {
    sandbox.injectFault(FaultRule.serverError(path, 503).method(method));
  }
}
