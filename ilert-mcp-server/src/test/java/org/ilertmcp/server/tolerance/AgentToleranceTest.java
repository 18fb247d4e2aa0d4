package org.ilertmcp.server.tolerance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Imperfect calls of the kinds models make, each with the outcome an agent needs: accepted as
 * intended (and checked to mean what the model meant), or refused with one sentence that names the
 * fix. A case that ends any other way is confusing, and there must be none.
 */
class AgentToleranceTest {
  private static Sandbox sandbox;

  /** Unix epoch 1796000000 as who_is_on_call reports its time. */
  private static final String EPOCH_AT = "2026-11-30T00:53:20Z";

  private static long pending;
  private static long accepted;

  /** What a case must end in. */
  private sealed interface Expect permits Intended, Fix, UnknownTool {}

  /** Accepted, and the result shows the model's meaning was taken. */
  private record Intended(Predicate<Sandbox.ToolCall> check) implements Expect {}

  /** Refused with an error result whose one sentence contains {@code fix}. */
  private record Fix(String fix) implements Expect {}

  /** Refused as a protocol error (unknown tool) that names {@code fix}. */
  private record UnknownTool(String fix) implements Expect {}

  private record Case(String category, String key, String tool, String arguments, Expect expect) {
    @Override
    public String toString() {
      return category + ": " + tool + " " + arguments;
    }
  }

  private final List<Case> cases = new ArrayList<>();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
    pending = firstAlert("PENDING");
    accepted = firstAlert("ACCEPTED");
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static long firstAlert(String state) {
    Sandbox.ToolCall list =
        sandbox.result(
            Sandbox.ADMIN, "list_alerts", "{\"states\":[\"" + state + "\"],\"limit\":1}");
    return list.structured().path("alerts").path(0).path("id").asLong();
  }

  // ---- expectations ----

  private static Expect ok() {
    return new Intended(r -> true);
  }

  private static Expect ok(Predicate<Sandbox.ToolCall> check) {
    return new Intended(check);
  }

  private static Expect fix(String fix) {
    return new Fix(fix);
  }

  private static Predicate<Sandbox.ToolCall> field(String object, String field, long value) {
    return r -> r.structured().path(object).path(field).asLong() == value;
  }

  private static Predicate<Sandbox.ToolCall> everyAlert(Predicate<JsonNode> alert) {
    return r -> {
      for (JsonNode a : r.structured().path("alerts")) {
        if (!alert.test(a)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Predicate<Sandbox.ToolCall> respondedBy(long userId) {
    return everyAlert(
        a -> a.path("responders").valueStream().anyMatch(r -> r.path("id").asLong() == userId));
  }

  private static Predicate<Sandbox.ToolCall> statuses(String... allowed) {
    Set<String> set = Set.of(allowed);
    return everyAlert(a -> set.contains(a.path("status").asString()));
  }

  private static Predicate<Sandbox.ToolCall> atMost(String list, int n) {
    return r -> r.structured().path(list).size() <= n && r.structured().path(list).size() > 0;
  }

  private static Predicate<Sandbox.ToolCall> empty(String list) {
    return r -> r.structured().path(list).isEmpty();
  }

  private void add(String category, String tool, String arguments, Expect expect) {
    cases.add(new Case(category, Sandbox.ADMIN, tool, arguments, expect));
  }

  private void addAs(String key, String category, String tool, String arguments, Expect expect) {
    cases.add(new Case(category, key, tool, arguments, expect));
  }

  // ---- the table ----

  private void ids() {
    String[] alertTools = {
      "get_alert",
      "get_alert_timeline",
      "list_alert_notifications",
      "get_suggested_responders",
      "list_alert_actions",
      "who_gets_paged",
      "investigate_alert",
      "find_recent_changes"
    };
    String url = "https://demo.ilert.com/alert/view?id=" + pending;
    for (String tool : alertTools) {
      Expect same = tool.equals("get_alert") ? ok(field("alert", "id", pending)) : ok();
      add("ids", tool, "{\"alert_id\":" + pending + "}", same);
      add("ids", tool, "{\"alert_id\":\"" + pending + "\"}", same);
      add("ids", tool, "{\"alert_id\":\"#" + pending + "\"}", same);
      add("ids", tool, "{\"alert_id\":\"" + url + "\"}", same);
    }
    add(
        "ids",
        "get_alert",
        "{\"alert_id\":\"https://demo.ilert.com/alerts/" + pending + "\"}",
        ok(field("alert", "id", pending)));
    add("ids", "get_alert", "{\"alert_id\":" + pending + ".0}", ok(field("alert", "id", pending)));
    add(
        "ids",
        "get_alert",
        "{\"alert_id\":\" " + pending + " \"}",
        ok(field("alert", "id", pending)));
    add("ids", "get_alert", "{\"alert_id\":\"abc\"}", fix("numeric ilert id"));
    add("ids", "get_alert", "{\"alert_id\":-5}", fix("numeric ilert id"));
    add("ids", "get_alert", "{\"alert_id\":1.5}", fix("numeric ilert id"));
    add("ids", "get_alert", "{\"alert_id\":1e308}", fix("numeric ilert id"));
    add("numbers", "list_alerts", "{\"limit\":1e308}", fix("between"));
    add("ids", "get_alert", "{\"alert_id\":[" + pending + "]}", fix("numeric ilert id"));
    // A reference copied whole from a result ({"id":…,"name":…}) stands for its id.
    add(
        "ids",
        "get_alert",
        "{\"alert_id\":{\"id\":" + pending + ",\"summary\":\"copied\"}}",
        ok(field("alert", "id", pending)));
    add(
        "ids",
        "get_user",
        "{\"user\":{\"id\":1003,\"name\":\"Chloe Dubois\"}}",
        ok(field("user", "id", 1003)));
    add(
        "ids",
        "list_alerts",
        "{\"responders\":[{\"id\":1003,\"name\":\"Chloe Dubois\"}],\"states\":\"all\"}",
        ok(atMost("alerts", 100).and(respondedBy(1003))));
    add("ids", "get_user", "{\"user\":{\"name\":\"Chloe Dubois\"}}", fix("is text"));
    add("ids", "get_alert", "{\"alert_id\":999999999}", fix("not found"));
    add(
        "ids",
        "comment_on_alert",
        "{\"alert_id\":\"" + pending + "\",\"comment\":\"looking\"}",
        ok());
    add("ids", "accept_alert", "{\"alert_id\":\"#" + pending + "\"}", ok());
    // Names or ids: integers as outputs return them, numeric strings, #n, names in any case.
    add("ids", "get_user", "{\"user\":1003}", ok(field("user", "id", 1003)));
    add("ids", "get_user", "{\"user\":\"1003\"}", ok(field("user", "id", 1003)));
    add("ids", "get_user", "{\"user\":\"#1003\"}", ok(field("user", "id", 1003)));
    add("ids", "get_user", "{\"user\":\"chloe dubois\"}", ok(field("user", "id", 1003)));
    // Accents and spacing as a model may write them: Chloé for Chloe, doubled spaces.
    add("ids", "get_user", "{\"user\":\"Chloé Dubois\"}", ok(field("user", "id", 1003)));
    add("ids", "get_user", "{\"user\":\"chloe  dubois\"}", ok(field("user", "id", 1003)));
    add("ids", "who_is_on_call", "{\"schedule\":\"Plätform  weekly\"}", ok());
    add(
        "ids",
        "get_user",
        "{\"user\":\"CHLOE.DUBOIS@demo.invalid\"}",
        ok(field("user", "id", 1003)));
    add("ids", "get_schedule", "{\"schedule\":301}", ok(field("schedule", "id", 301)));
    add(
        "ids",
        "get_schedule",
        "{\"schedule\":\"platform weekly\"}",
        ok(field("schedule", "id", 301)));
    add("ids", "get_team", "{\"team\":201}", ok(field("team", "id", 201)));
    add("ids", "get_team", "{\"team\":\"platform\"}", ok(field("team", "id", 201)));
    add(
        "ids",
        "get_escalation_policy",
        "{\"escalation_policy\":401}",
        ok(field("escalation_policy", "id", 401)));
    add(
        "ids",
        "get_escalation_policy",
        "{\"escalation_policy\":\"401\"}",
        ok(field("escalation_policy", "id", 401)));
    add("ids", "get_alert_source", "{\"alert_source\":501}", ok(field("alert_source", "id", 501)));
    add(
        "ids",
        "get_alert_source",
        "{\"alert_source\":\"prometheus production\"}",
        ok(field("alert_source", "id", 501)));
    add("ids", "get_service", "{\"service\":601}", ok(field("service", "id", 601)));
    add("ids", "get_service", "{\"service\":\"checkout api\"}", ok(field("service", "id", 601)));
    add("ids", "list_schedule_shifts", "{\"schedule\":301}", ok());
    add("ids", "list_schedule_overrides", "{\"schedule\":\"301\"}", ok());
    add("ids", "who_is_on_call", "{\"schedule\":301}", ok());
    add("ids", "who_is_on_call", "{\"escalation_policy\":401}", ok());
    add("ids", "who_is_on_call", "{\"team\":201}", ok());
    add("ids", "list_service_outages", "{\"service\":601}", ok());
    add("ids", "get_user", "{\"user\":\"nobody-like-this\"}", fix("No user named"));
    add("ids", "get_user", "{\"user\":\"a\"}", fix("matches several users"));
  }

  private static Predicate<Sandbox.ToolCall> every(String list, String field, String value) {
    return r ->
        !r.structured().path(list).isEmpty()
            && r.structured()
                .path(list)
                .valueStream()
                .allMatch(i -> i.path(field).asString().equals(value));
  }

  /** Words for a status or period that have one reading. */
  private void synonyms() {
    add(
        "synonyms",
        "list_services",
        "{\"statuses\":\"up\"}",
        ok(every("services", "status", "OPERATIONAL")));
    add(
        "synonyms",
        "list_status_updates",
        "{\"states\":\"closed\"}",
        ok(every("incidents", "status", "RESOLVED")));
    add(
        "synonyms",
        "list_maintenance_windows",
        "{\"state\":\"ended\"}",
        ok(every("maintenance_windows", "phase", "ENDED")));
    add("synonyms", "get_alert_report", "{\"from\":\"30d\",\"group_by\":\"weekly\"}", ok());
    add(
        "synonyms",
        "create_status_update",
        "{\"summary\":\"Checkout down\",\"services\":601,\"impact\":\"down\",\"dry_run\":true}",
        ok());
    add(
        "synonyms",
        "create_status_update",
        "{\"summary\":\"Checkout\",\"services\":601,\"impact\":\"outage\"}",
        fix("is one of"));
  }

  private void coercion() {
    // A list sent as the JSON text of an array, as clients that stringify arguments do.
    add(
        "coercion",
        "list_alerts",
        "{\"states\":\"[\\\"PENDING\\\",\\\"ACCEPTED\\\"]\"}",
        ok(atMost("alerts", 100).and(statuses("PENDING", "ACCEPTED"))));
    add(
        "coercion",
        "list_alerts",
        "{\"responders\":\"[1003]\",\"states\":\"all\"}",
        ok(atMost("alerts", 100).and(respondedBy(1003))));
    add("coercion", "list_alerts", "{\"states\":\"[\\\"PENDING\\\"\"}", fix("is one of"));
    add("coercion", "list_alerts", "{\"limit\":\"5\"}", ok(atMost("alerts", 5)));
    add("coercion", "list_alerts", "{\"limit\":5.0}", ok(atMost("alerts", 5)));
    add("coercion", "list_alerts", "{\"limit\":\" 3 \"}", ok(atMost("alerts", 3)));
    add("coercion", "list_users", "{\"limit\":\"2\"}", ok(atMost("users", 2)));
    add("coercion", "list_schedules", "{\"limit\":\"1\"}", ok(atMost("schedules", 1)));
    add("coercion", "list_teams", "{\"limit\":\"1\"}", ok(atMost("teams", 1)));
    add("coercion", "list_services", "{\"limit\":\"2\"}", ok(atMost("services", 2)));
    add(
        "coercion",
        "list_escalation_policies",
        "{\"limit\":\"2\"}",
        ok(atMost("escalation_policies", 2)));
    add("coercion", "list_alert_sources", "{\"limit\":\"3\"}", ok(atMost("alert_sources", 3)));
    add("coercion", "list_alerts", "{\"limit\":\"five\"}", fix("whole number"));
    add("coercion", "list_alerts", "{\"limit\":500}", fix("between 1 and 100"));
    add("coercion", "list_alerts", "{\"limit\":0}", fix("between 1 and 100"));
    add("coercion", "list_alerts", "{\"states\":\"pending\"}", ok(statuses("PENDING")));
    add("coercion", "list_alerts", "{\"states\":[\"Pending\"]}", ok(statuses("PENDING")));
    add(
        "coercion",
        "list_alerts",
        "{\"states\":\"PENDING,ACCEPTED\"}",
        ok(statuses("PENDING", "ACCEPTED")));
    add(
        "coercion",
        "list_alerts",
        "{\"states\":\"pending, accepted\"}",
        ok(statuses("PENDING", "ACCEPTED")));
    add("coercion", "list_alerts", "{\"states\":[\"ACKNOWLEDGED\"]}", ok(statuses("ACCEPTED")));
    add("coercion", "list_alerts", "{\"states\":\"acked\"}", ok(statuses("ACCEPTED")));
    add("coercion", "list_alerts", "{\"states\":[\"TRIGGERED\"]}", ok(statuses("PENDING")));
    add("coercion", "list_alerts", "{\"states\":\"open\"}", ok(statuses("PENDING", "ACCEPTED")));
    add(
        "coercion",
        "list_alerts",
        "{\"states\":\"unresolved\"}",
        ok(statuses("PENDING", "ACCEPTED")));
    add("coercion", "list_alerts", "{\"states\":\"resolved\"}", ok(statuses("RESOLVED")));
    add("coercion", "list_alerts", "{\"states\":\"closed\"}", ok(statuses("RESOLVED")));
    add(
        "coercion",
        "list_alerts",
        "{\"states\":\"bogus\"}",
        fix("is one of PENDING, ACCEPTED, RESOLVED"));
    add(
        "coercion",
        "list_alerts",
        "{\"priority\":\"high\"}",
        ok(everyAlert(a -> a.path("priority").asString().equals("HIGH"))));
    add(
        "coercion",
        "list_alerts",
        "{\"priority\":\"Low\"}",
        ok(everyAlert(a -> a.path("priority").asString().equals("LOW"))));
    add("coercion", "list_alerts", "{\"priority\":\"medium\"}", fix("is one of HIGH, LOW"));
    add("coercion", "list_alerts", "{\"alert_sources\":\"501\"}", ok());
    add("coercion", "list_alerts", "{\"alert_sources\":501}", ok());
    add("coercion", "list_alerts", "{\"alert_sources\":\"501,502\"}", ok());
    add("coercion", "list_alerts", "{\"alert_sources\":\"Prometheus production\"}", ok());
    add("coercion", "list_alerts", "{\"escalation_policies\":401}", ok());
    add("coercion", "list_alerts", "{\"responders\":\"1003\"}", ok());
    add("coercion", "list_alerts", "{\"priority\":null,\"text\":null,\"cursor\":null}", ok());
    add("coercion", "list_alerts", "{\"states\":null}", ok(statuses("PENDING", "ACCEPTED")));
    add("coercion", "list_alerts", "{\"text\":42}", ok());
    add("coercion", "list_alerts", "{\"states\":[\"\"]}", fix("empty entry"));
    add("coercion", "list_alerts", "{\"states\":{\"a\":1}}", fix("list of plain values"));
    add("coercion", "list_status_updates", "{\"states\":\"investigating\"}", ok());
    add("coercion", "list_status_updates", "{\"limit\":\"3\"}", ok());
    add(
        "coercion",
        "list_schedule_shifts",
        "{\"schedule\":301,\"exclude_overrides\":\"true\"}",
        ok());
    add(
        "coercion",
        "list_schedule_shifts",
        "{\"schedule\":301,\"exclude_overrides\":\"FALSE\"}",
        ok());
    add(
        "coercion",
        "list_schedule_shifts",
        "{\"schedule\":301,\"exclude_overrides\":\"maybe\"}",
        fix("true or false"));
    // yes/no and 1/0 have one reading as a flag: a preview, and nothing changed.
    Predicate<Sandbox.ToolCall> previewed =
        r -> r.structured().path("confirmation").asString().equals("previewed");
    add(
        "coercion",
        "accept_alert",
        "{\"alert_id\":" + pending + ",\"dry_run\":\"yes\"}",
        ok(previewed));
    add("coercion", "accept_alert", "{\"alert_id\":" + pending + ",\"dry_run\":1}", ok(previewed));
    add(
        "coercion",
        "accept_alert",
        "{\"alert_id\":" + pending + ",\"dry_run\":2}",
        fix("true or false"));
    add("coercion", "get_alert_report", "{\"from\":\"7d\",\"group_by\":\"day\"}", ok());
    add("coercion", "get_alert_report", "{\"from\":\"7d\",\"priority\":\"all\"}", ok());
    add("coercion", "list_maintenance_windows", "{\"state\":\"closed\"}", ok());
    add(
        "coercion",
        "get_alert_timeline",
        "{\"alert_id\":" + pending + ",\"types\":\"notifications\"}",
        ok());
    add(
        "coercion",
        "get_suggested_responders",
        "{\"alert_id\":" + pending + ",\"group\":\"user\"}",
        ok());
    add("coercion", "analyze_alerts", "{\"days\":\"7\"}", ok());
    add(
        "coercion",
        "investigate_alert",
        "{\"alert_id\":" + pending + ",\"lookback_days\":\"3\"}",
        ok());
  }

  private void blanks() {
    add("blank", "get_alert", "{\"alert_id\":\"\"}", fix("`alert_id` is blank"));
    add("blank", "get_alert", "{\"alert_id\":\"   \"}", fix("`alert_id` is blank"));
    add("blank", "list_alerts", "{\"text\":\"\"}", fix("`text` is blank"));
    add("blank", "get_user", "{\"user\":\" \"}", fix("`user` is blank"));
    add(
        "blank",
        "comment_on_alert",
        "{\"alert_id\":" + pending + ",\"comment\":\"\\t\"}",
        fix("`comment` is blank"));
    add("blank", "who_is_on_call", "{\"schedule\":\"\"}", fix("`schedule` is blank"));
    add("blank", "get_alert", "{}", fix("`alert_id` is required"));
    add("blank", "get_alert", "{\"alert_id\":null}", fix("`alert_id` is required"));
    add("blank", "get_user", "{}", fix("`user` is required"));
  }

  /** A pasted log or a runaway value: the error names the fix without echoing all of it. */
  private void longValues() {
    String huge = "x".repeat(3000);
    add("long value", "get_alert", "{\"alert_id\":\"" + huge + "\"}", fix("numeric ilert id"));
    add("long value", "list_alerts", "{\"limit\":\"" + huge + "\"}", fix("whole number"));
    add("long value", "list_alerts", "{\"states\":\"" + huge + "\"}", fix("is one of"));
    add("long value", "list_alerts", "{\"from\":\"" + huge + "\"}", fix("is not a time"));
    add("long value", "get_user", "{\"user\":\"" + huge + "\"}", fix("No user named"));
    add(
        "long value",
        "get_status_page",
        "{\"status_page\":\"" + huge + "\"}",
        fix("No status page named"));
    add(
        "long value",
        "get_deployment_pipeline",
        "{\"pipeline\":\"" + huge + "\"}",
        fix("No deployment pipeline named"));
    add("long value", "analyze_alerts", "{\"timezone\":\"" + huge + "\"}", fix("IANA"));
    add(
        "long value",
        "list_alerts",
        "{\"from\":\"2026-01-01T00:00[" + huge + "]\"}",
        fix("not an IANA time zone"));
    add(
        "long value",
        "accept_alert",
        "{\"alert_id\":" + pending + ",\"dry_run\":\"" + huge + "\"}",
        fix("true or false"));
  }

  private void unknownNames() {
    add(
        "unknown argument",
        "list_alerts",
        "{\"status\":\"PENDING\"}",
        fix("Did you mean `states`"));
    add("unknown argument", "list_alerts", "{\"state\":\"PENDING\"}", fix("Did you mean `states`"));
    add("unknown argument", "list_alerts", "{\"max_results\":5}", fix("Did you mean `limit`"));
    add("unknown argument", "list_alerts", "{\"page_size\":5}", fix("Did you mean `limit`"));
    add(
        "unknown argument",
        "get_alert",
        "{\"alertId\":" + pending + "}",
        fix("Did you mean `alert_id`"));
    add(
        "unknown argument",
        "get_alert",
        "{\"id\":" + pending + "}",
        fix("Did you mean `alert_id`"));
    add(
        "unknown argument",
        "get_alert",
        "{\"alert\":" + pending + "}",
        fix("Did you mean `alert_id`"));
    add("unknown argument", "list_alerts", "{\"since\":\"24h\"}", fix("Did you mean `from`"));
    add("unknown argument", "list_alerts", "{\"search\":\"disk\"}", fix("Did you mean `text`"));
    add(
        "unknown argument",
        "list_alerts",
        "{\"alert_source\":501}",
        fix("Did you mean `alert_sources`"));
    add(
        "unknown argument",
        "who_is_on_call",
        "{\"schedule_id\":301}",
        fix("Did you mean `schedule`"));
    add("unknown argument", "get_user", "{\"email\":\"x@y\"}", fix("Did you mean `user`"));
    add("unknown argument", "list_users", "{\"zzz\":1}", fix("this tool takes limit, cursor"));
    add("unknown argument", "get_current_user", "{\"verbose\":true}", fix("takes no arguments"));
    cases.add(
        new Case(
            "unknown tool", Sandbox.ADMIN, "list_alert", "{}", new UnknownTool("`list_alerts`")));
    cases.add(
        new Case("unknown tool", Sandbox.ADMIN, "getAlert", "{}", new UnknownTool("`get_alert`")));
    cases.add(
        new Case(
            "unknown tool",
            Sandbox.ADMIN,
            "who_is_oncall",
            "{}",
            new UnknownTool("`who_is_on_call`")));
    cases.add(
        new Case(
            "unknown tool",
            Sandbox.ADMIN,
            "list_incident",
            "{}",
            new UnknownTool("`list_status_updates`")));
    cases.add(
        new Case(
            "unknown tool",
            Sandbox.ADMIN,
            "list_alerts_v2",
            "{}",
            new UnknownTool("`list_alerts`")));
  }

  private void times() {
    add("times", "list_alerts", "{\"from\":\"24h\"}", ok());
    add("times", "list_alerts", "{\"from\":\"-24h\"}", ok());
    add("times", "list_alerts", "{\"from\":\"24 hours ago\"}", ok());
    add("times", "list_alerts", "{\"from\":\"now-2h\"}", ok());
    add("times", "list_alerts", "{\"from\":\"today\"}", ok());
    add("times", "list_alerts", "{\"from\":\"yesterday\",\"until\":\"today\"}", ok());
    add("times", "list_alerts", "{\"from\":\"+2h\"}", ok(empty("alerts")));
    add("times", "list_alerts", "{\"from\":\"in 2h\"}", ok(empty("alerts")));
    add("times", "list_alerts", "{\"from\":\"tomorrow\"}", ok(empty("alerts")));
    add("times", "list_alerts", "{\"from\":\"2020-01-01\"}", ok());
    add("times", "list_alerts", "{\"from\":\"2020-01-01T03:00[Europe/Berlin]\"}", ok());
    add("times", "list_alerts", "{\"from\":\"2020-01-01T03:00:00+01:00[Europe/Berlin]\"}", ok());
    add("times", "list_alerts", "{\"from\":\"2020-01-01T03:00\"}", fix("has no time zone"));
    add("times", "list_alerts", "{\"from\":\"2020-01-01 03:00\"}", fix("[Europe/Berlin]"));
    add(
        "times",
        "list_alerts",
        "{\"from\":\"2020-01-01T03:00[Mars/Base]\"}",
        fix("not an IANA time zone"));
    add("times", "list_alerts", "{\"from\":\"last tuesday\"}", fix("is not a time"));
    add(
        "times",
        "list_alerts",
        "{\"from\":\"1h\",\"until\":\"2h\"}",
        fix("from must be before until"));
    add("times", "list_alerts", "{\"from\":\"now\",\"until\":\"8h\"}", fix("8h means 8 hours ago"));
    add("times", "list_alerts", "{\"from\":\"now 2h\"}", fix("now-2h or now+2h"));
    add("times", "list_alerts", "{\"from\":12345}", fix("time as text"));
    add("times", "list_alerts", "{\"from\":\"last 24 hours\"}", ok());
    add("times", "list_alerts", "{\"from\":\"an hour ago\"}", ok());
    Predicate<Sandbox.ToolCall> epoch = r -> r.structured().path("at").asString().equals(EPOCH_AT);
    add("times", "who_is_on_call", "{\"schedule\":301,\"at\":\"1796000000\"}", ok(epoch));
    add("times", "who_is_on_call", "{\"schedule\":301,\"at\":1796000000}", ok(epoch));
    add("times", "who_is_on_call", "{\"schedule\":301,\"at\":1796000000000}", ok(epoch));
    add("times", "who_is_on_call", "{\"schedule\":301,\"at\":\"+2h\"}", ok());
    add("times", "who_is_on_call", "{\"schedule\":301,\"at\":\"in 3 days\"}", ok());
    add("times", "who_is_on_call", "{\"schedule\":301,\"at\":\"tomorrow\"}", ok());
    add(
        "times",
        "list_schedule_shifts",
        "{\"schedule\":301,\"from\":\"today\",\"until\":\"+7d\"}",
        ok());
    add(
        "times",
        "list_schedule_shifts",
        "{\"schedule\":301,\"from\":\"+7d\",\"until\":\"today\"}",
        fix("from must be before until"));
    add("times", "analyze_alerts", "{\"from\":\"14d\",\"timezone\":\"Europe/Berlin\"}", ok());
    add("times", "analyze_alerts", "{\"timezone\":\"Mars/Base\"}", fix("not an IANA time zone"));
    add(
        "times",
        "get_alert_report",
        "{\"from\":\"2026-01-01T00:00\",\"timezone\":\"Europe/Berlin\"}",
        ok());
    add("times", "list_status_updates", "{\"from\":\"30d\"}", ok());
    add(
        "times",
        "list_service_outages",
        "{\"service\":601,\"from\":\"30d\",\"until\":\"60d\"}",
        fix("from must be before until"));
  }

  private void me() {
    String security = "demo-security-responder-key";
    addAs(Sandbox.RESPONDER, "me", "get_user", "{\"user\":\"me\"}", ok(field("user", "id", 1003)));
    addAs(Sandbox.RESPONDER, "me", "get_user", "{\"user\":\"Me\"}", ok(field("user", "id", 1003)));
    addAs(Sandbox.USER, "me", "get_user", "{\"user\":\"myself\"}", ok(field("user", "id", 1002)));
    addAs(Sandbox.STAKEHOLDER, "me", "get_user", "{\"user\":\"I\"}", ok(field("user", "id", 1012)));
    addAs(security, "me", "get_user", "{\"user\":\"current user\"}", ok(field("user", "id", 1009)));
    addAs(
        Sandbox.RESPONDER,
        "me",
        "get_user",
        "{\"user\":\"chloe.dubois@demo.invalid\"}",
        ok(field("user", "id", 1003)));
    add("me", "get_user", "{\"user\":\"me\"}", ok(field("user", "id", 1001)));
    addAs(Sandbox.RESPONDER, "me", "who_is_on_call", "{\"user\":\"me\"}", ok());
    addAs(Sandbox.RESPONDER, "me", "list_teams", "{\"member\":\"me\"}", ok());
    addAs(
        Sandbox.RESPONDER, "me", "list_alerts", "{\"responders\":\"me\",\"states\":\"all\"}", ok());
    addAs(Sandbox.RESPONDER, "me", "get_current_user", "{}", ok(field("user", "id", 1003)));
    add("names", "get_user", "{\"user\":\"dubois\"}", ok(field("user", "id", 1003)));
    add("names", "get_user", "{\"user\":\"ben\"}", ok(field("user", "id", 1002)));
    add("names", "get_user", "{\"user\":\"lia\"}", fix("No user named 'lia'"));
    add("names", "get_user", "{\"user\":\"elia\"}", fix("No user named"));
  }

  private void cursors() {
    JsonNode first =
        sandbox
            .result(Sandbox.ADMIN, "list_alerts", "{\"states\":\"resolved\",\"limit\":3}")
            .structured();
    String c = first.path("next_cursor").asString();
    add("cursor", "list_alerts", "{\"cursor\":\"" + c + "\"}", ok(statuses("RESOLVED")));
    add(
        "cursor",
        "list_alerts",
        "{\"cursor\":\"" + c + "\",\"states\":[\"RESOLVED\"]}",
        ok(statuses("RESOLVED")));
    add(
        "cursor",
        "list_alerts",
        "{\"cursor\":\"" + c + "\",\"limit\":\"4\"}",
        ok(atMost("alerts", 4)));
    add(
        "cursor",
        "list_alerts",
        "{\"cursor\":\"" + c + "\",\"states\":\"pending\"}",
        fix("pass the cursor alone"));
    add(
        "cursor",
        "list_alerts",
        "{\"cursor\":\"" + c + "\",\"text\":\"disk\"}",
        fix("pass the cursor alone"));
    add("cursor", "list_users", "{\"cursor\":\"" + c + "\"}", fix("belongs to list_alerts"));
    add("cursor", "list_alerts", "{\"cursor\":\"next\"}", fix("not valid"));
    add("cursor", "list_alerts", "{\"cursor\":\"\"}", fix("`cursor` is blank"));
    add("cursor", "list_alerts", "{\"cursor\":null,\"limit\":2}", ok(atMost("alerts", 2)));
  }

  @Test
  void imperfectCallsAreAcceptedAsIntendedOrAnsweredWithTheFix() {
    me();
    cursors();
    ids();
    coercion();
    blanks();
    unknownNames();
    longValues();
    synonyms();
    times();
    int acceptedAsIntended = 0;
    int clearErrors = 0;
    List<String> confusing = new ArrayList<>();
    for (Case c : cases) {
      String problem = run(c);
      if (problem != null) {
        confusing.add(c + " -> " + problem);
      } else if (c.expect() instanceof Intended) {
        acceptedAsIntended++;
      } else {
        clearErrors++;
      }
    }
    System.out.println(
        "agent tolerance: "
            + cases.size()
            + " calls, "
            + acceptedAsIntended
            + " accepted as intended, "
            + clearErrors
            + " clear errors, "
            + confusing.size()
            + " confusing");
    assertThat(confusing).isEmpty();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
  }

  /** Null when the case ended as expected, else what happened instead. */
  private static String run(Case c) {
    if (c.expect() instanceof UnknownTool unknown) {
      JsonNode response = sandbox.call(c.key(), c.tool(), c.arguments());
      String message = response.path("error").path("message").asString("");
      return message.contains(unknown.fix()) ? null : "protocol answer: " + response;
    }
    Sandbox.ToolCall result = sandbox.result(c.key(), c.tool(), c.arguments());
    if (c.expect() instanceof Intended intended) {
      if (result.isError()) {
        return "refused: " + result.text();
      }
      return intended.check().test(result) ? null : "accepted, but not as meant: " + result.text();
    }
    Fix fix = (Fix) c.expect();
    if (!result.isError()) {
      return "accepted, expected an error naming " + fix.fix();
    }
    String text = result.text();
    boolean oneSentence =
        !text.contains("\n") && !text.contains("Exception") && text.length() < 400;
    boolean named = text.toLowerCase(Locale.ROOT).contains(fix.fix().toLowerCase(Locale.ROOT));
    return named && oneSentence ? null : "error: " + text;
  }
}
