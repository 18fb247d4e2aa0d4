package org.ilertmcp.server.tools.services;

import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.emulator.fault.FaultRule;
import org.ilertmcp.server.testing.Sandbox;

/** The demo organisation's services and helpers shared by the service tool tests. */
final class ServiceFixtures {
  /** Payments Gateway: a 45-minute MAJOR_OUTAGE five days ago (incident 702). */
  static final long PAYMENTS = 602;

  /** Mobile Backend: PARTIAL_OUTAGE since 40 minutes (ongoing incident 703). */
  static final long MOBILE = 604;

  /** Acme Status (public) and Internal Platform (private). */
  static final long PUBLIC_PAGE = 1401;

  static final long PRIVATE_PAGE = 1402;

  private ServiceFixtures() {}

  /** A plain ilert client against the sandbox's emulator, to read what ilert reports. */
  static IlertClient client(Sandbox sandbox) {
    return IlertClient.builder().baseUrl(sandbox.emulator().baseUrl()).requestsPerMinute(0).build();
  }

  static CallContext admin() {
    return CallContext.bearer(Sandbox.ADMIN);
  }

  static void rateLimit(Sandbox sandbox, String path) {
    sandbox.injectFault(FaultRule.rateLimit(path).method("GET").times(20).retryAfter(0));
  }

  static void down(Sandbox sandbox, String path) {
    sandbox.injectFault(FaultRule.serverError(path, 503).method("GET"));
  }
}
