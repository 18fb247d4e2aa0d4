package org.ilertmcp.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.testing.RawHttp;
import org.ilertmcp.mcp.transport.http.HttpTransportConfig;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.catalog.ToolSelection;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;
import tools.jackson.databind.JsonNode;

/** One audit record per write tool call, none for reads, and never the key. */
class AuditTrailTest {
  private static final String KEY = "demo-responder-key";

  /** What every JSON log line carries besides its own fields. */
  private static final List<String> LOG_LINE_FIELDS =
      List.of("time", "message", "logger", "thread", "level");

  @Test
  void everyWriteLeavesOneRecordWithItsTargetsEffectClientAndFingerprint() throws Exception {
    Logger audit = (Logger) LoggerFactory.getLogger(Audit.LOGGER);
    ListAppender<ILoggingEvent> records = new ListAppender<>();
    records.start();
    audit.addAppender(records);
    try (SandboxMode sandbox =
        SandboxMode.start(
            new IlertMcpServer.ServerSettings(
                ToolSelection.defaults(), 8000, Duration.ofSeconds(20)),
            HttpTransportConfig.builder().build(),
            "127.0.0.1",
            0,
            42,
            600)) {
      long alertId =
          sandbox.emulator().state().alerts().stream()
              .filter(a -> a.status().equals("PENDING"))
              .findFirst()
              .orElseThrow()
              .id();
      RawHttp raw = new RawHttp(sandbox.http().url());
      String session =
          raw.post(
                  "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
                      + "\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                      + "\"clientInfo\":{\"name\":\"audit-client\",\"version\":\"1.2.3\"}}}",
                  Map.of("Authorization", "Bearer " + KEY))
              .headers()
              .firstValue("Mcp-Session-Id")
              .orElseThrow();
      Map<String, String> headers =
          Map.of(
              "Authorization",
              "Bearer " + KEY,
              "Mcp-Session-Id",
              session,
              "MCP-Protocol-Version",
              "2025-11-25");
      call(raw, headers, 2, "get_alert", "{\"alert_id\":\"" + alertId + "\"}");
      JsonNode accepted =
          call(raw, headers, 3, "accept_alert", "{\"alert_id\":\"" + alertId + "\"}");
      assertThat(accepted.path("result").path("isError").asBoolean()).isFalse();
      assertThat(records.list).as("the record is written before the answer goes out").hasSize(1);
      JsonNode missing = call(raw, headers, 4, "resolve_alert", "{\"alert_id\":\"999999999\"}");
      assertThat(missing.path("result").path("isError").asBoolean()).isTrue();
    } finally {
      audit.detachAppender(records);
    }

    List<Map<String, Object>> written = records.list.stream().map(AuditTrailTest::fields).toList();
    assertThat(written).as("one record per write, none for the read").hasSize(2);
    Map<String, Object> applied = written.get(0);
    assertThat(applied)
        .containsEntry("event", "tool_write")
        .containsEntry("tool", "accept_alert")
        .containsEntry("tier", "respond")
        .containsEntry("effect", "applied")
        .containsEntry("outcome", "ok")
        .containsEntry("client_name", "audit-client")
        .containsEntry("client_version", "1.2.3")
        .containsEntry(
            "key_fingerprint", KeyFingerprint.of(java.util.Optional.of("Bearer " + KEY)));
    assertThat(applied.get("targets").toString()).contains("alert_id");
    assertThat((String) applied.get("correlation_id")).matches("[0-9a-f]{12}");
    assertThat(written.get(1))
        .containsEntry("tool", "resolve_alert")
        .containsEntry("effect", "not_applied")
        .containsEntry("outcome", "ilert_not_found");
    assertThat(written.get(1).get("targets").toString()).contains("999999999");
    List<String> documented = readmeExampleFields();
    assertThat(documented)
        .as("the README's audit line shows the record's fields, in order")
        .containsSubsequence(List.copyOf(applied.keySet()))
        .containsOnly(
            Stream.concat(LOG_LINE_FIELDS.stream(), applied.keySet().stream())
                .toArray(String[]::new));
    assertThat(records.list)
        .allSatisfy(
            e -> {
              assertThat(e.getFormattedMessage()).doesNotContain(KEY);
              assertThat(fields(e).toString()).doesNotContain(KEY);
            });
  }

  private static JsonNode call(
      RawHttp raw, Map<String, String> headers, int id, String tool, String arguments)
      throws Exception {
    return RawHttp.message(
        raw.post(
            "{\"jsonrpc\":\"2.0\",\"id\":"
                + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\""
                + tool
                + "\",\"arguments\":"
                + arguments
                + "}}",
            headers));
  }

  /** The field names of the README's example audit line, as written. */
  private static List<String> readmeExampleFields() throws IOException {
    String line =
        Files.readAllLines(Path.of("../README.md"), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("{") && l.contains("\"logger\":\"" + Audit.LOGGER + "\""))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no audit line in the README"));
    List<String> names = new ArrayList<>();
    Json.parse(line).properties().forEach(field -> names.add(field.getKey()));
    return names;
  }

  private static Map<String, Object> fields(ILoggingEvent event) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (KeyValuePair pair : event.getKeyValuePairs()) {
      out.put(pair.key, pair.value);
    }
    return out;
  }
}
