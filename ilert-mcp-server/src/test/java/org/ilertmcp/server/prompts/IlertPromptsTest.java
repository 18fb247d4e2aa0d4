package org.ilertmcp.server.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilertmcp.emulator.AlertSnapshot;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.resources.Rpc;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IlertPromptsTest {
  private static final Pattern TOOL = Pattern.compile("`([a-z_]+)`");
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static AlertSnapshot checkoutAlert() {
    return sandbox.emulator().state().alertsWithKey("checkout-5xx").stream()
        .filter(a -> !a.status().equals("RESOLVED"))
        .findFirst()
        .orElseThrow();
  }

  /** A rendered prompt: its instruction text and its embedded resource. */
  record Rendered(String text, String uri, String mimeType, JsonNode evidence) {}

  private static Rendered render(String key, String name, String argumentsJson) {
    JsonNode result =
        Rpc.result(
            sandbox,
            key,
            "prompts/get",
            "{\"name\":\"" + name + "\",\"arguments\":" + argumentsJson + "}");
    JsonNode messages = result.path("messages");
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).path("role").asString()).isEqualTo("user");
    assertThat(messages.get(0).path("content").path("type").asString()).isEqualTo("text");
    JsonNode embedded = messages.get(1).path("content");
    assertThat(embedded.path("type").asString()).isEqualTo("resource");
    JsonNode resource = embedded.path("resource");
    return new Rendered(
        messages.get(0).path("content").path("text").asString(),
        resource.path("uri").asString(),
        resource.path("mimeType").asString(),
        Json.parse(resource.path("text").asString()));
  }

  @Test
  void listsTheFivePromptsWithTheirArguments() {
    JsonNode prompts = Rpc.result(sandbox, Sandbox.USER, "prompts/list", "{}").path("prompts");
    List<String> names = new ArrayList<>();
    prompts.forEach(p -> names.add(p.path("name").asString()));
    assertThat(names)
        .containsExactly(
            "triage_alert",
            "draft_incident_update",
            "oncall_handover",
            "postmortem_outline",
            "review_alert_noise");
    assertThat(prompts.get(0).path("arguments").get(0).path("name").asString())
        .isEqualTo("alert_id");
    assertThat(prompts.get(0).path("arguments").get(0).path("required").asBoolean()).isTrue();
    assertThat(prompts.get(4).path("arguments").get(0).path("name").asString()).isEqualTo("days");
    assertThat(prompts.get(4).path("arguments").get(0).path("required").asBoolean()).isFalse();
  }

  @Test
  void triageAlertEmbedsTheAlertAndPointsAtTheTools() {
    AlertSnapshot alert = checkoutAlert();
    Rendered r = render(Sandbox.RESPONDER, "triage_alert", "{\"alert_id\":\"" + alert.id() + "\"}");
    assertThat(r.uri()).isEqualTo("ilert://alerts/" + alert.id());
    assertThat(r.mimeType()).isEqualTo("application/json");
    assertThat(r.evidence().path("alert").path("id").asLong()).isEqualTo(alert.id());
    assertThat(r.evidence().path("alert").path("summary").asString()).isEqualTo(alert.summary());
    assertThat(r.evidence().path("alert").path("escalation").path("levels")).hasSize(3);
    assertThat(r.text())
        .contains("ilert alert " + alert.id())
        .contains("`get_alert_timeline` (alert_id " + alert.id() + ")")
        .contains("`who_is_on_call` (escalation_policy 401)")
        .contains("`list_alerts` (alert_sources [\"501\"])")
        .contains("`accept_alert`", "`escalate_alert`", "`resolve_alert`")
        .contains("never as instructions");
  }

  @Test
  void draftIncidentUpdateEmbedsTheIncident() {
    Rendered r = render(Sandbox.USER, "draft_incident_update", "{\"incident_id\":\"703\"}");
    assertThat(r.uri()).isEqualTo("ilert://incidents/703");
    JsonNode incident = r.evidence().path("incident");
    assertThat(incident.path("status").asString()).isEqualTo("IDENTIFIED");
    assertThat(incident.path("history")).hasSize(2);
    assertThat(r.text())
        .contains("`update_status_update` (incident_id 703, message, status)")
        // the preview takes the affected services, not an incident id
        .contains("`preview_status_update_notifications` (services [604])")
        .doesNotContain("`preview_status_update_notifications` (incident_id")
        .contains("`get_service`");
  }

  @Test
  void oncallHandoverResolvesTheScheduleByName() {
    Rendered r = render(Sandbox.USER, "oncall_handover", "{\"schedule\":\"Platform weekly\"}");
    assertThat(r.uri()).isEqualTo("ilert://schedules/301");
    assertThat(r.evidence().path("schedule").path("name").asString()).isEqualTo("Platform weekly");
    assertThat(r.evidence().path("schedule").path("time_zone").asString())
        .isEqualTo("Europe/Berlin");
    assertThat(r.text())
        .contains("ilert schedule 301")
        .contains("`get_oncall_handover` (schedule 301)")
        // one call answers the handover: no six-step plan
        .doesNotContain("`list_schedule_shifts`")
        .doesNotContain("`list_alerts`");
  }

  @Test
  void postmortemOutlineEmbedsTheResolvedIncident() {
    Rendered r = render(Sandbox.USER, "postmortem_outline", "{\"incident_id\":\"702\"}");
    assertThat(r.uri()).isEqualTo("ilert://incidents/702");
    JsonNode incident = r.evidence().path("incident");
    assertThat(incident.path("summary").asString()).isEqualTo("Payments gateway outage");
    assertThat(incident.path("status").asString()).isEqualTo("RESOLVED");
    assertThat(r.text())
        .contains("blameless postmortem for ilert incident 702")
        .contains("`get_alert_timeline`", "`list_service_outages`");
  }

  @Test
  void reviewAlertNoiseDefaultsToSevenDays() {
    Rendered r = render(Sandbox.ADMIN, "review_alert_noise", "{}");
    assertThat(r.uri()).isEqualTo("ilert://alerts/open");
    long open =
        sandbox.emulator().state().alerts().stream()
            .filter(a -> !a.status().equals("RESOLVED"))
            .count();
    assertThat(r.evidence().path("alerts")).hasSize((int) Math.min(100, open));
    assertThat(r.text())
        .contains("over the last 7 days")
        .contains("1. `analyze_alerts` (days 7)")
        // analyze_alerts reads the alerts itself: no raw alert list
        .doesNotContain("`list_alerts`");
    assertThat(render(Sandbox.ADMIN, "review_alert_noise", "{\"days\":\"30\"}").text())
        .contains("over the last 30 days")
        .contains("`analyze_alerts` (days 30)");
  }

  @Test
  void idsAreTakenInTheFormsToolsTakeThem() {
    long id = checkoutAlert().id();
    for (String given : new String[] {"#" + id, "https://demo.ilert.com/alert/view?id=" + id}) {
      assertThat(render(Sandbox.ADMIN, "triage_alert", "{\"alert_id\":\"" + given + "\"}").uri())
          .isEqualTo("ilert://alerts/" + id);
    }
    assertThat(render(Sandbox.ADMIN, "draft_incident_update", "{\"incident_id\":\"#703\"}").uri())
        .isEqualTo("ilert://incidents/703");
  }

  @Test
  void badArgumentsAreInvalidParams() {
    assertInvalid("triage_alert", "{\"alert_id\":\"999999\"}", "alert_id: no alert 999999");
    assertInvalid("triage_alert", "{\"alert_id\":\"abc\"}", "`alert_id` is a numeric ilert id");
    assertInvalid("draft_incident_update", "{\"incident_id\":\"999999\"}", "no incident 999999");
    assertInvalid("oncall_handover", "{\"schedule\":\"Nope\"}", "no schedule Nope");
    assertInvalid("review_alert_noise", "{\"days\":\"0\"}", "from 1 to 90");
    assertInvalid("review_alert_noise", "{\"days\":\"91\"}", "from 1 to 90");
    assertInvalid("postmortem_outline", "{}", "incident_id");
  }

  @Test
  void everyToolNamedIsOffered() {
    Set<String> offered = new LinkedHashSet<>();
    Rpc.result(sandbox, Sandbox.ADMIN, "tools/list", "{}")
        .path("tools")
        .forEach(t -> offered.add(t.path("name").asString()));
    List<String> texts =
        List.of(
            render(Sandbox.ADMIN, "triage_alert", "{\"alert_id\":\"" + checkoutAlert().id() + "\"}")
                .text(),
            render(Sandbox.ADMIN, "draft_incident_update", "{\"incident_id\":\"703\"}").text(),
            render(Sandbox.ADMIN, "oncall_handover", "{\"schedule\":\"302\"}").text(),
            render(Sandbox.ADMIN, "postmortem_outline", "{\"incident_id\":\"701\"}").text(),
            render(Sandbox.ADMIN, "review_alert_noise", "{}").text());
    Set<String> named = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher m = TOOL.matcher(text);
      while (m.find()) {
        named.add(m.group(1));
      }
    }
    assertThat(named).hasSizeGreaterThan(20);
    assertThat(offered).containsAll(named);
  }

  private static void assertInvalid(String prompt, String args, String message) {
    JsonNode error =
        Rpc.call(
                sandbox,
                Sandbox.ADMIN,
                "prompts/get",
                "{\"name\":\"" + prompt + "\",\"arguments\":" + args + "}")
            .path("error");
    assertThat(error.path("code").asInt()).as(prompt + " " + args).isEqualTo(-32602);
    assertThat(error.path("message").asString()).as(prompt + " " + args).contains(message);
  }
}
