package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A demo-organisation emulator on a mutable clock plus helpers to create test fixtures. */
final class Sandbox implements AutoCloseable {
  static final String ADMIN = "demo-admin-key";
  static final String USER = "demo-user-key";
  static final String RESPONDER = "demo-responder-key";
  static final String STAKEHOLDER = "demo-stakeholder-key";
  static final String SECURITY = "demo-security-responder-key";

  final MutableClock clock;
  final IlertEmulator emu;
  final Api api;

  Sandbox(Instant now) {
    clock = new MutableClock(now);
    emu = IlertEmulator.builder().clock(clock).demoOrganisation(true).build().start();
    api = new Api(emu.baseUrl());
  }

  /** Sends a request and asserts its status; returns the JSON body. */
  JsonNode expect(
      int status, String key, String method, String path, String body, String... headers) {
    Api.Reply r = api.call(key, method, path, body, headers);
    assertThat(r.status()).as(method + " " + path + " -> " + r.body()).isEqualTo(status);
    return r.json();
  }

  /** Creates an escalation policy with the given rules JSON; returns its id. */
  long policy(String name, String rulesJson, boolean repeating) {
    return expect(
            201,
            ADMIN,
            "POST",
            "/api/escalation-policies",
            "{\"name\":\""
                + name
                + "\",\"repeating\":"
                + repeating
                + ",\"escalationRules\":"
                + rulesJson
                + "}")
        .get("id")
        .asLong();
  }

  /** Creates an API alert source on a policy; returns its integration key. */
  String source(String name, long policyId, String alertPriorityRule) {
    return expect(
            201,
            ADMIN,
            "POST",
            "/api/alert-sources",
            "{\"name\":\""
                + name
                + "\",\"integrationType\":\"API\",\"escalationPolicy\":{\"id\":"
                + policyId
                + "},\"alertPriorityRule\":\""
                + alertPriorityRule
                + "\"}")
        .get("integrationKey")
        .asString();
  }

  /** Sends an event; returns the 202 body. */
  JsonNode event(String integrationKey, String type, String alertKey, String summary) {
    return expect(
        202,
        null,
        "POST",
        "/api/events",
        "{\"integrationKey\":\""
            + integrationKey
            + "\",\"eventType\":\""
            + type
            + "\",\"alertKey\":\""
            + alertKey
            + "\",\"summary\":\""
            + summary
            + "\"}");
  }

  /** The alert id from an event response's alertUrl. */
  static long alertId(JsonNode eventResponse) {
    String url = eventResponse.get("alertUrl").asString();
    return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
  }

  JsonNode alert(long id) {
    return expect(200, ADMIN, "GET", "/api/alerts/" + id, null);
  }

  @Override
  public void close() {
    emu.close();
  }
}
