package org.ilertmcp.server.e2e;

import java.time.Duration;
import java.util.Set;
import org.ilertmcp.mcp.testing.ConformanceRun;
import org.ilertmcp.mcp.testing.HeaderAddingProxy;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.junit.jupiter.api.Test;

/**
 * The official conformance suite against the product itself (sandbox mode), with both protocol
 * eras' requirement sets on the same endpoint. The suite sends no credential, so a loopback proxy
 * adds the demo key; Host and Origin pass through untouched. Scenarios that call the conformance
 * fixture's test tools, resources or prompts ({@code test_simple_text}, {@code test://static-text},
 * {@code test_simple_prompt}, ...) cannot pass against a server without them and are exempt; every
 * other required scenario must pass without a warning.
 */
class ProductConformanceE2ETest {
  private static final String KEY = "demo-user-key";

  /** Call fixture tools ({@code test_simple_text}, ...), read or get fixture resources/prompts. */
  private static final Set<String> FIXTURE_CONTENT =
      Set.of(
          "completion-complete",
          "tools-call-simple-text",
          "tools-call-image",
          "tools-call-audio",
          "tools-call-embedded-resource",
          "tools-call-mixed-content",
          "tools-call-error",
          "tools-call-with-progress",
          "resources-read-text",
          "resources-read-binary",
          "resources-templates-read",
          "prompts-get-simple",
          "prompts-get-with-args",
          "prompts-get-embedded-resource",
          "prompts-get-with-image");

  /**
   * 2026-07-28 requirements that need the fixture: the above; server-stateless, whose capability,
   * stream and logging checks call {@code test_missing_capability}, {@code
   * test_streaming_elicitation} and {@code test_logging_tool}; and the multi-round-trip scenarios
   * that call the {@code test_input_required_result_*} tools and prompt.
   */
  private static final Set<String> MODERN_FIXTURE_ONLY =
      union(
          FIXTURE_CONTENT,
          Set.of(
              "server-stateless",
              "input-required-result-basic-elicitation",
              "input-required-result-basic-sampling",
              "input-required-result-basic-list-roots",
              "input-required-result-request-state",
              "input-required-result-multiple-input-requests",
              "input-required-result-multi-round",
              "input-required-result-non-tool-request",
              "input-required-result-result-type",
              "input-required-result-tampered-state",
              "input-required-result-capability-check"));

  /**
   * 2025-11-25 requirements that need the fixture: the above, the sampling, elicitation and logging
   * test tools, and subscriptions to {@code test://watched-resource}.
   */
  private static final Set<String> LEGACY_FIXTURE_ONLY =
      union(
          FIXTURE_CONTENT,
          Set.of(
              "tools-call-with-logging",
              "tools-call-sampling",
              "tools-call-elicitation",
              "elicitation-sep1034-defaults",
              "elicitation-sep1330-enums",
              "resources-subscribe",
              "resources-unsubscribe"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  @Test
  void bothErasPassEverythingThatNeedsNoFixtureTool() throws Exception {
    NodeTools node = NodeTools.installed();
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(ToolSelection.defaults(), 8000, Duration.ofSeconds(20));
    try (SandboxMode sandbox =
            SandboxMode.start(
                settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 0);
        HeaderAddingProxy proxy =
            new HeaderAddingProxy(sandbox.http().port(), "Authorization", "Bearer " + KEY)) {
      ConformanceRun modern = ConformanceRun.requirements(node, proxy.url("/mcp"), "2026-07-28");
      System.out.println("product conformance 2026-07-28: " + modern.summary());
      ConformanceRun legacy = ConformanceRun.requirements(node, proxy.url("/mcp"), "2025-11-25");
      System.out.println("product conformance 2025-11-25: " + legacy.summary());
      modern.assertRequiredPass(37, MODERN_FIXTURE_ONLY);
      legacy.assertRequiredPass(30, LEGACY_FIXTURE_ONLY);
    }
  }
}
