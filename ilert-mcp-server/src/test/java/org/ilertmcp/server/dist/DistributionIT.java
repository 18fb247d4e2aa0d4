package org.ilertmcp.server.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The distribution as the container image uses it: {@code bin/ilert-mcp} started as a process,
 * configured by {@code ILERT_*} variables, logging JSON lines on stderr, and falling back cleanly
 * when its class-data-sharing archive does not match.
 */
class DistributionIT {
  private static final String KEY = "demo-responder-key";

  @Test
  void sandboxFromTheLauncherServesHealthAndLogsJsonLinesAndAuditWithoutTheKey() throws Exception {
    Path dist = ServerProcess.distribution();
    assertThat(dist.resolve("lib/ilert-mcp-server.jar")).isRegularFile();
    assertThat(dist.resolve("lib/ilert-mcp.jsa"))
        .as("archive made at package time")
        .isRegularFile();
    ServerProcess server =
        ServerProcess.start(
            Map.of("ILERT_PORT", "0", "ILERT_LOG_FORMAT", "json", "ILERT_HOST", "127.0.0.1"),
            "sandbox");
    try (server) {
      URI url = server.url();
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(url.resolve("/healthz")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      RawHttp raw = new RawHttp(url);
      Map<String, String> auth = Map.of("Authorization", "Bearer " + KEY);
      String session = raw.initialize(auth);
      Map<String, String> headers =
          Map.of(
              "Authorization",
              "Bearer " + KEY,
              "Mcp-Session-Id",
              session,
              "MCP-Protocol-Version",
              "2025-11-25");
      JsonNode pending =
          call(raw, headers, 2, "list_alerts", "{\"states\":[\"PENDING\"],\"limit\":1}");
      String alertId = pending.path("alerts").get(0).path("id").asString();
      call(raw, headers, 3, "accept_alert", "{\"alert_id\":\"" + alertId + "\"}");

      assertThat(server.stop()).as("exit after SIGTERM").isIn(0, 143);
      List<String> stderr = server.stderr();
      List<JsonNode> lines = stderr.stream().map(DistributionIT::parseLine).toList();
      assertThat(stderr)
          .as("no field twice in a line")
          .allSatisfy(
              l -> assertThat(l.split("\"correlation_id\"", -1)).hasSizeLessThanOrEqualTo(2));
      JsonNode toolLine =
          lines.stream()
              .filter(l -> l.path("tool").asString("").equals("accept_alert"))
              .filter(l -> l.path("logger").asString("").equals("org.ilertmcp.tools"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no tool-call line in " + stderr));
      for (String field :
          List.of(
              "time",
              "level",
              "logger",
              "message",
              "correlation_id",
              "tool",
              "outcome",
              "duration_ms",
              "key_fingerprint")) {
        assertThat(toolLine.has(field)).as("%s in %s", field, toolLine).isTrue();
      }
      assertThat(toolLine.path("outcome").asString()).isEqualTo("ok");
      assertThat(toolLine.path("key_fingerprint").asString()).matches("[0-9a-f]{12}");
      JsonNode audit =
          lines.stream()
              .filter(l -> l.path("logger").asString("").equals("ilert.audit"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no audit record in " + stderr));
      assertThat(audit.path("tool").asString()).isEqualTo("accept_alert");
      assertThat(audit.path("effect").asString()).isEqualTo("applied");
      assertThat(audit.path("targets").path("alert_id").asString()).isEqualTo(alertId);
      assertThat(audit.path("correlation_id").asString())
          .isEqualTo(toolLine.path("correlation_id").asString());
      assertThat(lines.stream().filter(l -> l.path("logger").asString("").equals("ilert.audit")))
          .as("one record for the one write")
          .hasSize(1);
      System.out.println("audit record: " + Json.write(audit));
      assertThat(String.join("\n", stderr)).doesNotContain(KEY);
    }
  }

  @Test
  void stdioFromAMovedCopyFallsBackFromItsArchiveAndKeepsStdoutProtocolOnly(@TempDir Path temp)
      throws Exception {
    Path copy = temp.resolve("ilert-mcp");
    copyTree(ServerProcess.distribution(), copy);
    initializeAndListOverStdio(copy, Map.of(), temp.resolve("stderr.txt"));
    String stderr = Files.readString(temp.resolve("stderr.txt"));
    assertThat(stderr)
        .as("the JVM said it could not use the archive made for the original location")
        .containsIgnoringCase("archive");
  }

  @Test
  void stdioTakesTheCollectorChosenInJavaOptsOverTheLaunchersOwn(@TempDir Path temp)
      throws Exception {
    // the launcher picks the serial collector for stdio; a second collector flag would stop the JVM
    initializeAndListOverStdio(
        ServerProcess.distribution(),
        Map.of("JAVA_OPTS", "-XX:+UseParallelGC"),
        temp.resolve("stderr.txt"));
  }

  /** Starts {@code bin/ilert-mcp stdio} of {@code dist} and checks its two answers on stdout. */
  private static void initializeAndListOverStdio(Path dist, Map<String, String> env, Path stderr)
      throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(dist.resolve("bin/ilert-mcp").toString(), "stdio")
            .redirectError(stderr.toFile());
    builder.environment().put("ILERT_API_KEY", "stdio-test-key");
    builder.environment().put("ILERT_API_URL", "http://127.0.0.1:9/api");
    builder.environment().putAll(env);
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(
          ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                  + "\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n"
                  + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
                  + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<JsonNode> messages = stdout.lines().map(Json::parse).toList();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).path("result").path("serverInfo").path("name").asString())
        .isEqualTo("ilert-mcp");
    assertThat(messages.get(1).path("result").path("tools").size()).isPositive();
  }

  private static JsonNode call(
      RawHttp raw, Map<String, String> headers, int id, String tool, String arguments)
      throws IOException, InterruptedException {
    JsonNode response =
        RawHttp.message(
            raw.post(
                "{\"jsonrpc\":\"2.0\",\"id\":"
                    + id
                    + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                    + tool
                    + "\",\"arguments\":"
                    + arguments
                    + "}}",
                headers));
    assertThat(response.path("result").path("isError").asBoolean()).as("%s", response).isFalse();
    return response.path("result").path("structuredContent");
  }

  private static JsonNode parseLine(String line) {
    try {
      return Json.parse(line);
    } catch (RuntimeException e) {
      throw new AssertionError("stderr line is not JSON: " + line, e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }
}
