package org.ilertmcp.mcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ilertmcp.mcp.fixture.ConformanceFixture;
import org.ilertmcp.mcp.testing.RawHttp;
import org.junit.jupiter.api.Test;

/** A busy session keeps nothing for requests answered as plain JSON. */
class StreamRetentionTest {
  @Test
  void jsonAnswersLeaveNoStreamsBehind() throws Exception {
    HttpTransportConfig config = HttpTransportConfig.builder().requireCredentials(false).build();
    try (McpHttpServer server =
        McpHttpServer.start(ConformanceFixture.server(), config, "127.0.0.1", 0)) {
      RawHttp raw = new RawHttp(server.url());
      String id = raw.initialize(Map.of());
      Map<String, String> headers =
          Map.of("Mcp-Session-Id", id, "MCP-Protocol-Version", "2025-11-25");
      for (int i = 0; i < 50; i++) {
        raw.post("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"ping\"}", headers);
      }
      raw.post(
          "{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"tools/call\",\"params\":{"
              + "\"name\":\"test_tool_with_progress\",\"arguments\":{},"
              + "\"_meta\":{\"progressToken\":1}}}",
          headers);
      HttpSession session = server.handler().sessions().get(id);
      // The standalone stream plus the one SSE answer (kept for resumption until evicted).
      assertThat(session.keptStreams()).isEqualTo(2);
    }
  }
}
