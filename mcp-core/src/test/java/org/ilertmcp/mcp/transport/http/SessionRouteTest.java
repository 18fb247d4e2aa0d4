package org.ilertmcp.mcp.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.ilertmcp.mcp.fixture.ConformanceFixture;
import org.ilertmcp.mcp.testing.RawHttp;
import org.junit.jupiter.api.Test;

/** A session route names the instance in every session id, for proxies in front of several. */
class SessionRouteTest {
  @Test
  void sessionIdsStartWithTheRouteAndStillWork() throws Exception {
    HttpTransportConfig config =
        HttpTransportConfig.builder().requireCredentials(false).sessionRoute("mcp-2").build();
    try (McpHttpServer server =
        McpHttpServer.start(ConformanceFixture.server(), config, "127.0.0.1", 0)) {
      RawHttp raw = new RawHttp(server.url());
      String id = raw.initialize(Map.of());
      assertThat(id).matches("mcp-2\\.[A-Za-z0-9_-]{32}");
      Map<String, String> headers =
          Map.of("Mcp-Session-Id", id, "MCP-Protocol-Version", "2025-11-25");
      assertThat(
              raw.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", headers).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void aRouteThatCouldBreakTheHeaderOrAProxyMapIsRefused() {
    assertThatThrownBy(() -> HttpTransportConfig.builder().sessionRoute("a.b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("session route");
    assertThatThrownBy(() -> HttpTransportConfig.builder().sessionRoute("a b").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
