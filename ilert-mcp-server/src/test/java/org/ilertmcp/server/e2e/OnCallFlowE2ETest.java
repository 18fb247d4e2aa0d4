package org.ilertmcp.server.e2e;

import java.time.Duration;
import java.util.List;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.confirm.WriteSafety;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A realistic on-call flow against sandbox mode with the official TypeScript SDK client — over
 * Streamable HTTP, and over stdio through mcp-remote — checking the emulator after every step. The
 * SDK validates each structuredContent against the tool's outputSchema.
 */
class OnCallFlowE2ETest {
  private static final String KEY = "demo-user-key";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"http", "remote"})
  void triageCommunicateResolve(String mode) throws Exception {
    NodeTools node = NodeTools.installed();
    IlertMcpServer.ServerSettings settings =
        new IlertMcpServer.ServerSettings(ToolSelection.defaults(), 8000, Duration.ofSeconds(20))
            // The flow's writes apply at once; ConfirmationE2ETest covers confirmation.
            .withWrites(WriteSafety.defaults().withConfirm(List.of("none")));
    try (SandboxMode sandbox =
            SandboxMode.start(
                settings, HttpTransportConfig.builder().build(), "127.0.0.1", 0, 42, 120);
        FlowDriver client =
            new FlowDriver(node, mode, sandbox.http().url().toString(), "Bearer " + KEY)) {
      OnCallFlow.Result result = OnCallFlow.run(client, sandbox.emulator().state(), () -> {});
      System.out.printf(
          "e2e %s: alert %d accepted and resolved, incident %d created and updated%n",
          mode, result.alertId(), result.incidentId());
    }
  }
}
