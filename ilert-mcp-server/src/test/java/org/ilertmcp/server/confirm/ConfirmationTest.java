package org.ilertmcp.server.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.emulator.EmulatorState;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.mcp.server.RequestMeta;
import org.ilertmcp.server.observe.Audit;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default confirmation policy on resolving a HIGH alert, through the protocol dispatcher: in
 * 2026-07-28 the call answers input_required with the preview and a signed single-use state that
 * only an accepted, ticked answer for the same tool, arguments and key within the expiry turns into
 * one write; a client that cannot ask a person fails closed; the operator's token fallback acts on
 * the second call only. The clock moves only when the test moves it.
 */
class ConfirmationTest {
  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

  private final AtomicLong ids = new AtomicLong();
  private final MovableClock clock = new MovableClock(START);
  private Sandbox sandbox;
  private EmulatorState state;
  private ListAppender<ILoggingEvent> audit;

  @BeforeEach
  void start() {
    audit = new ListAppender<>();
    audit.start();
    ((Logger) LoggerFactory.getLogger(Audit.LOGGER)).addAppender(audit);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger(Audit.LOGGER)).detachAppender(audit);
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private void serve(WriteSafety writes) {
    sandbox = Sandbox.start(clock, Sandbox.ALL, writes);
    state = sandbox.emulator().state();
  }

  @Test
  void modernAcceptAppliesOnceDeclineAndAnUntickedAcceptChangeNothing() {
    serve(WriteSafety.defaults());
    AlertSnapshot alert = highAlert();
    String untouched = state.fingerprint();

    JsonNode asked = modern(Sandbox.RESPONDER, resolve(alert), true, null, null).path("result");
    assertThat(asked.path("resultType").asString()).isEqualTo("input_required");
    String message =
        asked.path("inputRequests").path("confirm").path("params").path("message").asString();
    assertThat(message)
        .contains("Resolve alert " + alert.id())
        .contains("HIGH")
        .contains("Cannot be undone: a resolved alert cannot be reopened.");
    assertThat(state.fingerprint()).isEqualTo(untouched);

    JsonNode declined =
        modern(Sandbox.RESPONDER, resolve(alert), true, state(asked), answer("decline", false))
            .path("result");
    assertThat(declined.path("structuredContent").path("applied").asBoolean(true)).isFalse();
    assertThat(declined.path("structuredContent").path("confirmation").asString())
        .isEqualTo("declined");
    assertThat(state.fingerprint()).isEqualTo(untouched);

    JsonNode again = modern(Sandbox.RESPONDER, resolve(alert), true, null, null).path("result");
    JsonNode unticked =
        modern(Sandbox.RESPONDER, resolve(alert), true, state(again), answer("accept", false))
            .path("result");
    assertThat(unticked.path("structuredContent").path("confirmation").asString())
        .isEqualTo("declined");
    assertThat(unticked.path("content").path(0).path("text").asString())
        .startsWith("Not applied: the person accepted without ticking the confirmation box.");
    assertThat(state.fingerprint()).isEqualTo(untouched);

    JsonNode third = modern(Sandbox.RESPONDER, resolve(alert), true, null, null).path("result");
    JsonNode accepted =
        modern(Sandbox.RESPONDER, resolve(alert), true, state(third), answer("accept", true))
            .path("result");
    assertThat(accepted.path("isError").asBoolean()).as(accepted.toString()).isFalse();
    assertThat(accepted.path("structuredContent").path("alert").path("status").asString())
        .isEqualTo("RESOLVED");
    assertThat(state.alert(alert.id()).orElseThrow().status()).isEqualTo("RESOLVED");
    String resolved = state.fingerprint();

    JsonNode replayed =
        modern(Sandbox.RESPONDER, resolve(alert), true, state(third), answer("accept", true));
    assertThat(replayed.path("error").path("message").asString()).contains("already used");
    assertThat(state.fingerprint()).isEqualTo(resolved);
    System.out.printf(
        "modern: input_required with the preview; decline -> unchanged; accept without the box"
            + " -> unchanged; accept -> %s; replayed state -> refused, applied once%n",
        state.alert(alert.id()).orElseThrow().status());
    assertThat(confirmations())
        .containsSubsequence("requested", "declined", "requested", "declined", "requested")
        .contains("confirmed");
  }

  @Test
  void aTamperedOtherArgumentsOtherKeyOrExpiredStateIsRefused() {
    serve(WriteSafety.defaults());
    AlertSnapshot alert = highAlert();
    AlertSnapshot other =
        state.alerts().stream()
            .filter(a -> a.status().equals("PENDING") && a.id() != alert.id())
            .findFirst()
            .orElseThrow();
    String issued =
        state(modern(Sandbox.RESPONDER, resolve(alert), true, null, null).path("result"));
    ObjectNode yes = answer("accept", true);

    String tampered = error(modern(Sandbox.RESPONDER, resolve(alert), true, flip(issued), yes));
    String otherArgs = error(modern(Sandbox.RESPONDER, resolve(other), true, issued, yes));
    String otherKey = error(modern(Sandbox.ADMIN, resolve(alert), true, issued, yes));
    clock.advance(WriteSafety.DEFAULT_TTL.plusSeconds(1));
    String expired = error(modern(Sandbox.RESPONDER, resolve(alert), true, issued, yes));

    assertThat(tampered).contains("integrity");
    assertThat(otherArgs).contains("another request");
    assertThat(otherKey).contains("another credential");
    assertThat(expired).contains("expired");
    assertThat(state.alert(alert.id()).orElseThrow().status()).isEqualTo(alert.status());
    assertThat(state.alert(other.id()).orElseThrow().status()).isEqualTo(other.status());
    System.out.printf(
        "modern requestState refused: tampered (%s), other arguments (%s), other key (%s),"
            + " expired (%s); alerts unchanged%n",
        tampered, otherArgs, otherKey, expired);
  }

  @Test
  void aClientThatCannotAskAPersonFailsClosedWithThePreview() {
    serve(WriteSafety.defaults());
    AlertSnapshot alert = highAlert();
    String untouched = state.fingerprint();
    Sandbox.ToolCall legacy = sandbox.result(Sandbox.RESPONDER, "resolve_alert", resolve(alert));
    JsonNode modern = modern(Sandbox.RESPONDER, resolve(alert), false, null, null).path("result");
    assertThat(legacy.isError()).isTrue();
    assertThat(legacy.text())
        .startsWith("Not applied: this change needs a person's confirmation")
        .contains("--confirm-tokens")
        .contains("Resolve alert " + alert.id());
    assertThat(modern.path("isError").asBoolean()).isTrue();
    assertThat(state.fingerprint()).isEqualTo(untouched);
    assertThat(confirmations()).containsOnly("unconfirmed");
    System.out.println(
        "no elicitation -> fails closed: " + legacy.text().lines().findFirst().get());
  }

  @Test
  void withTokensTheSecondCallWithTheTokenActsOnce() {
    serve(WriteSafety.defaults().withTokens(true));
    AlertSnapshot alert = highAlert();
    String assign = "{\"alert_id\":\"" + alert.id() + "\",\"user\":\"Hiro Tanaka\"}";
    String untouched = state.fingerprint();
    Sandbox.ToolCall first = sandbox.result(Sandbox.ADMIN, "assign_alert", assign);
    assertThat(first.isError()).as(first.text()).isFalse();
    assertThat(first.structured().path("applied").asBoolean(true)).isFalse();
    String token = first.structured().path("confirmation_token").asString();
    assertThat(token).startsWith("ct1.");
    assertThat(state.fingerprint()).isEqualTo(untouched);

    ObjectNode other = (ObjectNode) Json.parse(assign.replace("Hiro Tanaka", "Chloe Dubois"));
    other.put("confirmation_token", token);
    Sandbox.ToolCall wrongArgs = sandbox.result(Sandbox.ADMIN, "assign_alert", Json.write(other));
    assertThat(wrongArgs.text()).contains("other arguments");
    assertThat(state.fingerprint()).isEqualTo(untouched);

    ObjectNode confirmed = (ObjectNode) Json.parse(assign);
    confirmed.put("confirmation_token", token);
    Sandbox.ToolCall second = sandbox.result(Sandbox.ADMIN, "assign_alert", Json.write(confirmed));
    assertThat(second.isError()).as(second.text()).isFalse();
    String assigned = state.fingerprint();
    assertThat(assigned).isNotEqualTo(untouched);
    Sandbox.ToolCall replay = sandbox.result(Sandbox.ADMIN, "assign_alert", Json.write(confirmed));
    assertThat(replay.text()).contains("already used");
    assertThat(state.fingerprint()).isEqualTo(assigned);
    assertThat(confirmations()).contains("requested", "confirmed_by_token");
    System.out.println(
        "token fallback (assign_alert): first call -> preview and token, nothing changed; token"
            + " with other arguments -> refused; second call -> applied; token again -> refused");
  }

  @Test
  void aStatusUpdateIsConfirmedByDefaultOnlyWhenItNotifiesSubscribers() {
    serve(WriteSafety.defaults());
    String update =
        "{\"summary\":\"Checkout errors\",\"services\":[\"Checkout API\"],"
            + "\"impact\":\"DEGRADED\",\"notify_subscribers\":true}";
    String untouched = state.fingerprint();
    Sandbox.ToolCall notifying = sandbox.result(Sandbox.ADMIN, "create_status_update", update);
    assertThat(notifying.isError()).isTrue();
    assertThat(notifying.text()).contains("Not applied").contains("Notified: the subscribers");
    assertThat(state.fingerprint()).isEqualTo(untouched);
    Sandbox.ToolCall quiet =
        sandbox.result(Sandbox.ADMIN, "create_status_update", update.replace("true", "false"));
    assertThat(quiet.isError()).as(quiet.text()).isFalse();
    assertThat(state.fingerprint()).isNotEqualTo(untouched);
  }

  @Test
  void aDryRunIsPreviewedEvenWhereThePolicyAsksForConfirmation() {
    serve(WriteSafety.defaults());
    AlertSnapshot alert = highAlert();
    String untouched = state.fingerprint();
    ObjectNode dry = (ObjectNode) Json.parse(resolve(alert));
    dry.put("dry_run", true);
    Sandbox.ToolCall call = sandbox.result(Sandbox.RESPONDER, "resolve_alert", Json.write(dry));
    assertThat(call.isError()).isFalse();
    assertThat(call.structured().path("preview").path("high_impact").asBoolean()).isTrue();
    assertThat(state.fingerprint()).isEqualTo(untouched);
    assertThat(confirmations()).containsOnly("previewed");
  }

  private AlertSnapshot highAlert() {
    return highAlert(-1);
  }

  private AlertSnapshot highAlert(long not) {
    return state.alerts().stream()
        .filter(a -> a.status().equals("PENDING") && a.priority().equals("HIGH") && a.id() != not)
        .findFirst()
        .orElseThrow();
  }

  private static String resolve(AlertSnapshot alert) {
    return "{\"alert_id\":\"" + alert.id() + "\"}";
  }

  private JsonNode modern(
      String key, String arguments, boolean elicitation, String requestState, ObjectNode answer) {
    ObjectNode params = Json.object().put("name", "resolve_alert");
    params.set("arguments", Json.parse(arguments));
    ObjectNode meta = params.putObject("_meta");
    meta.put(RequestMeta.PROTOCOL_VERSION, ProtocolVersions.V2026_07_28);
    ObjectNode capabilities = meta.putObject(RequestMeta.CLIENT_CAPABILITIES);
    if (elicitation) {
      capabilities.putObject("elicitation").putObject("form");
    }
    meta.putObject(RequestMeta.CLIENT_INFO).put("name", "confirm-test").put("version", "1");
    if (answer != null) {
      params.putObject("inputResponses").set("confirm", answer);
    }
    if (requestState != null) {
      params.put("requestState", requestState);
    }
    ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", ids.incrementAndGet());
    request.put("method", "tools/call");
    request.set("params", params);
    Optional<String> credential = Optional.of("Bearer " + key);
    McpSession session =
        new McpSession(null, McpSession.hash(credential), ProtocolVersions.V2026_07_28);
    return sandbox
        .server()
        .mcp()
        .handleRequest(request, Inbound.of(session, credential, Outbound.NONE));
  }

  private static ObjectNode answer(String action, boolean ticked) {
    ObjectNode answer = Json.object().put("action", action);
    if (action.equals("accept")) {
      answer.putObject("content").put("confirm", ticked);
    }
    return answer;
  }

  private static String state(JsonNode inputRequired) {
    assertThat(inputRequired.path("resultType").asString()).isEqualTo("input_required");
    return inputRequired.path("requestState").asString();
  }

  private static String error(JsonNode response) {
    assertThat(response.has("error")).as(response.toString()).isTrue();
    return response.path("error").path("message").asString();
  }

  /** The state with one character of its signed payload changed. */
  private static String flip(String state) {
    int at = state.length() / 2;
    char c = state.charAt(at);
    return state.substring(0, at) + (c == 'A' ? 'B' : 'A') + state.substring(at + 1);
  }

  private List<String> confirmations() {
    return audit.list.stream()
        .flatMap(e -> e.getKeyValuePairs().stream())
        .filter(p -> p.key.equals("confirmation"))
        .map(p -> String.valueOf(p.value))
        .toList();
  }

  /** A clock that stands still until the test moves it. */
  private static final class MovableClock extends Clock {
    private final AtomicReference<Instant> now;

    MovableClock(Instant start) {
      now = new AtomicReference<>(start);
    }

    void advance(Duration by) {
      now.updateAndGet(i -> i.plus(by));
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
