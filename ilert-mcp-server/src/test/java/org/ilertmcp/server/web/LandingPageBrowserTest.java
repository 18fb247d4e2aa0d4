package org.ilertmcp.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.NodeTools;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.testing.SystemTools;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The landing page in real headless Chromium (Debian's, driven by playwright-core): the MCP URL and
 * every client's configuration are visible, the Cursor install link decodes to a config that really
 * connects to this server, the copy button copies, the page works without JavaScript, and nothing
 * logs a console error. The screenshot is kept at {@code target/landing-page.png}.
 */
class LandingPageBrowserTest {
  private static final Path SCREENSHOT = Path.of("target/landing-page.png").toAbsolutePath();

  @Test
  void aPersonSeesTheEndpointAndWorkingConfigsInChromium() throws Exception {
    Path chromium = SystemTools.require("chromium");
    NodeTools node = NodeTools.installed();
    try (SandboxMode sandbox =
        SandboxMode.start(
            new IlertMcpServer.ServerSettings(
                ToolSelection.defaults(), 8000, Duration.ofSeconds(20)),
            HttpTransportConfig.builder().build(),
            "127.0.0.1",
            0,
            42,
            600)) {
      URI mcp = sandbox.http().url();
      Files.deleteIfExists(SCREENSHOT);
      Files.createDirectories(SCREENSHOT.getParent());
      String script = Path.of("src/test/node/landing-page.mjs").toAbsolutePath().toString();
      NodeTools.Result run =
          node.run(
              Duration.ofSeconds(120),
              Map.of("E2E_DIR", node.dir().toString(), "CHROMIUM", chromium.toString()),
              script,
              mcp.resolve("/").toString(),
              SCREENSHOT.toString());
      assertThat(run.exitCode()).as(run.output()).isZero();
      JsonNode page = result(run.output());

      assertThat(page.path("status").asInt()).isEqualTo(200);
      assertThat(page.path("title").asString()).isEqualTo("ilert MCP server");
      assertThat(page.path("mcpUrl").asString()).isEqualTo(mcp.toString());
      assertThat(page.path("mcpUrlVisible").asBoolean()).isTrue();
      JsonNode configs = page.path("configs");
      for (String client :
          new String[] {"claude-code", "claude-desktop", "cursor", "vscode", "windsurf", "cline"}) {
        JsonNode config = configs.path("config-" + client);
        assertThat(config.path("visible").asBoolean()).as(client).isTrue();
        assertThat(config.path("text").asString()).as(client).contains(mcp.toString());
      }
      // Every JSON configuration a person copies parses.
      for (String client :
          new String[] {"claude-desktop", "cursor", "vscode", "windsurf", "cline"}) {
        assertThat(Json.parse(configs.path("config-" + client).path("text").asString()).isObject())
            .as(client)
            .isTrue();
      }
      assertThat(page.path("toolRows").asInt()).isEqualTo(sandbox.server().tools().size());
      assertThat(page.path("demoKeyRows").asInt()).isEqualTo(sandbox.emulator().demoKeys().size());

      JsonNode cursor = cursorConfig(page.path("cursorLink").asString());
      assertThat(page.path("cursorLinkVisible").asBoolean()).isTrue();
      assertThat(cursor.path("url").asString()).isEqualTo(mcp.toString());
      assertThat(cursor.path("type").asString()).isEqualTo("streamableHttp");
      // The decoded config really opens a session on this server.
      String authorization = cursor.path("headers").path("Authorization").asString();
      assertThat(
              new RawHttp(URI.create(cursor.path("url").asString()))
                  .initialize(Map.of("Authorization", authorization)))
          .isNotBlank();
      String vscode = page.path("vscodeLink").asString();
      assertThat(vscode).startsWith("vscode:mcp/install?");
      JsonNode vscodeConfig =
          Json.parse(
              URLDecoder.decode(vscode.substring(vscode.indexOf('?') + 1), StandardCharsets.UTF_8));
      assertThat(vscodeConfig.path("name").asString()).isEqualTo("ilert");
      assertThat(vscodeConfig.path("url").asString()).isEqualTo(mcp.toString());

      assertThat(page.path("copyButtonVisible").asBoolean()).isTrue();
      assertThat(page.path("clipboard").asString()).isEqualTo(mcp.toString());
      JsonNode plain = page.path("withoutScript");
      assertThat(plain.path("mcpUrl").asString()).isEqualTo(mcp.toString());
      assertThat(plain.path("configsVisible").asBoolean()).isTrue();
      assertThat(plain.path("copyButtonVisible").asBoolean()).as("no dead buttons").isFalse();

      assertThat(page.path("consoleErrors")).as("console errors").isEmpty();
      assertThat(page.path("failedRequests")).as("failed requests").isEmpty();
      assertThat(SCREENSHOT).isRegularFile();
      assertThat(Files.size(SCREENSHOT)).isGreaterThan(20_000);
      System.out.println("landing page screenshot: " + SCREENSHOT);
    }
  }

  private static JsonNode cursorConfig(String link) {
    URI uri = URI.create(link);
    assertThat(uri.getScheme() + "://" + uri.getHost() + uri.getPath())
        .isEqualTo("https://cursor.com/en/install-mcp");
    String name = null;
    String config = null;
    for (String pair : uri.getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      if (kv[0].equals("name")) {
        name = value;
      } else if (kv[0].equals("config")) {
        config = value;
      }
    }
    assertThat(name).isEqualTo("ilert");
    assertThat(config).isNotNull();
    return Json.parse(new String(Base64.getDecoder().decode(config), StandardCharsets.UTF_8));
  }

  private static JsonNode result(String output) {
    for (String line : output.split("\n")) {
      if (line.startsWith("@@RESULT@@")) {
        return Json.parse(line.substring("@@RESULT@@".length()));
      }
    }
    throw new AssertionError("no result from the browser script:\n" + output);
  }
}
