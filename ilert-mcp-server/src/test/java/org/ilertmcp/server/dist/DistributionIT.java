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
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.RawHttp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The distribution as the container image uses it: {@code bin/ilert-mcp} started as a process,
 * configured by {@code ILERT_*} variables, logging JSON lines on stderr, and falling back cleanly
 * when its class-data-sharing archive or AOT cache does not match.
 */
class DistributionIT {
  private static final String KEY = "demo-responder-key";

  @Test
  void sandboxFromTheLauncherServesHealthAndLogsJsonLinesAndAuditWithoutTheKey() throws Exception {
    Path dist = ServerProcess.distribution();
    assertThat(dist.resolve("lib/ilert-mcp-server.jar")).isRegularFile();
    assertThat(
            Files.isRegularFile(dist.resolve("lib/ilert-mcp.jsa"))
                || Files.isRegularFile(dist.resolve("lib/ilert-mcp.aot")))
        .as("a start-up cache made at package time (an archive, or an AOT cache on Java 25+)")
        .isTrue();
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
      assertThat(lines)
          .as("the last line the server logs as it stops")
          .anyMatch(l -> l.path("message").asString("").equals("Stopped"));
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
    if (!Files.exists(copy.resolve("lib/ilert-mcp.aot"))) {
      // an AOT cache (a build on Java 25+) may be used from a moved copy; an archive may not
      assertThat(stderr)
          .as("the JVM said it could not use the archive made for the original location")
          .containsIgnoringCase("archive");
    }
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

  /**
   * On Java 25 or newer {@code bin/ilert-mcp-cds} makes an AOT cache, which the launcher gives only
   * to the JVM that made it and only while the jar is not newer than the cache; an older JVM starts
   * without it rather than failing on the flag. Needs a JDK 25 or newer beside the one running the
   * tests (under /usr/lib/jvm, or in ILERT_TEST_JDK25_HOME); without one it is skipped.
   */
  @Test
  void onJava25TheLauncherUsesItsAotCacheOnlyWithTheJvmThatMadeItAndTheJarItWasMadeFrom(
      @TempDir Path temp) throws Exception {
    Optional<Path> jdk25 = jdk25();
    Assumptions.assumeTrue(jdk25.isPresent(), "no JDK 25 or newer found");
    Path copy = temp.resolve("ilert-mcp");
    copyTree(ServerProcess.distribution(), copy);
    ProcessBuilder cds =
        new ProcessBuilder(copy.resolve("bin/ilert-mcp-cds").toString())
            .redirectErrorStream(true)
            .redirectOutput(temp.resolve("cds.txt").toFile());
    cds.environment().put("JAVA_HOME", jdk25.get().toString());
    Process training = cds.start();
    assertThat(training.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(training.exitValue()).as(Files.readString(temp.resolve("cds.txt"))).isZero();
    Path aot = copy.resolve("lib/ilert-mcp.aot");
    assertThat(aot).isRegularFile();
    assertThat(Files.readString(copy.resolve("lib/ilert-mcp.aot.java")).strip())
        .isEqualTo(jdk25.get().resolve("bin/java").toRealPath().toString());

    Map<String, String> java25 =
        Map.of("JAVA_HOME", jdk25.get().toString(), "JAVA_OPTS", "-Xlog:aot=info:stderr");
    initializeAndListOverStdio(copy, java25, temp.resolve("with-cache.txt"));
    assertThat(Files.readString(temp.resolve("with-cache.txt"))).contains("Opened AOT cache");

    // the JVM running these tests did not make the cache: no AOT flag, which Java 17 would refuse
    initializeAndListOverStdio(
        copy, Map.of("JAVA_HOME", System.getProperty("java.home")), temp.resolve("other.txt"));
    assertThat(Files.readString(temp.resolve("other.txt"))).doesNotContain("Unrecognized");

    Path jar = copy.resolve("lib/ilert-mcp-server.jar");
    Files.setLastModifiedTime(
        jar, FileTime.from(Files.getLastModifiedTime(aot).toInstant().plusSeconds(60)));
    initializeAndListOverStdio(copy, java25, temp.resolve("newer-jar.txt"));
    assertThat(Files.readString(temp.resolve("newer-jar.txt")))
        .as("a jar newer than the cache is not given the cache")
        .doesNotContain("Opened AOT cache");
  }

  /** A JDK of feature version 25 or newer: ILERT_TEST_JDK25_HOME, or one under /usr/lib/jvm. */
  private static Optional<Path> jdk25() throws IOException {
    String given = System.getenv("ILERT_TEST_JDK25_HOME");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    Pattern version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
          Matcher m = version.matcher(Files.readString(release));
          if (m.find() && Integer.parseInt(m.group(1)) >= 25) {
            return Optional.of(home);
          }
        }
      }
    }
    return Optional.empty();
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
    assertThat(response.has("result")).as("%s", response).isTrue();
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
