package org.ilertmcp.mcp.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code mcp-remote@0.15.1} bridging stdio to our HTTP endpoint with {@code --header
 * 'Authorization:${AUTH_HEADER}'} (AUTH_HEADER='Bearer test-key'), driven by the TS SDK client over
 * stdio. The server requires credentials, and {@code whoami} shows the one it received.
 */
class McpRemoteInteropTest {

  @Test
  void bridgesStdioToHttpWithTheBearerFromTheEnvironment() throws Exception {
    NodeTools node = NodeTools.installed();
    try (Interop.Running server = Interop.http(false, true)) {
      // Without the header the endpoint refuses: whatever whoami reports came from mcp-remote.
      HttpResponse<String> anonymous =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url()))
                      .header("Content-Type", "application/json")
                      .header("Accept", "application/json, text/event-stream")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(anonymous.statusCode()).isEqualTo(401);

      JsonNode out =
          Interop.runScript(node, Duration.ofSeconds(60), "ts-client.mjs", "remote", server.url());

      JsonNode me = out.path("whoami").path("structured");
      assertThat(me.path("credential").stringValue()).isEqualTo("Bearer test-key");
      assertThat(me.path("sessionId").stringValue()).matches("[\\x21-\\x7E]{16,}");
      assertThat(me.path("protocolVersion").stringValue()).isEqualTo("2025-11-25");
      assertThat(Json.write(out.path("capabilities")))
          .isEqualTo("[\"completions\",\"logging\",\"prompts\",\"resources\",\"tools\"]");
      TypeScriptSdkInteropTest.assertCommon(out);
      assertThat(server.fixture().cancelled()).isEqualTo(1);
    }
  }
}
