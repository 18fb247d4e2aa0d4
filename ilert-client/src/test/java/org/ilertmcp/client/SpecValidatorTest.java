package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec check is not vacuous: requests with the older Go-client names fail it. */
class SpecValidatorTest {
  private static ScriptedServer.Recorded request(
      String method, String path, String query, String body) {
    return new ScriptedServer.Recorded(
        method,
        path,
        query,
        ScriptedServer.parseQuery(query),
        Map.of("Authorization", List.of("Bearer k"), "Content-Type", List.of("application/json")),
        body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void acceptsTheSpecsNames() {
    assertThat(
            SpecValidator.get()
                .validate(request("GET", "/api/alerts", "states=PENDING&max-results=10", null)))
        .isEmpty();
  }

  @Test
  void rejectsUnknownPathsMethodsAndBadBodies() {
    assertThat(SpecValidator.get().validate(request("GET", "/api/alertz", null, null)))
        .isNotEmpty();
    assertThat(SpecValidator.get().validate(request("PATCH", "/api/alerts/1", null, null)))
        .isNotEmpty();
    assertThat(SpecValidator.get().validate(request("GET", "/api/alerts", "states=SLEEPING", null)))
        .isNotEmpty();
    assertThat(
            SpecValidator.get()
                .validate(request("POST", "/api/events", null, "{\"eventType\":\"ALERT\"}")))
        .as("missing integrationKey and summary")
        .isNotEmpty();
    assertThat(
            SpecValidator.get()
                .validate(request("PUT", "/api/alerts/1/assign", "user=abc&max-results=x", null)))
        .isNotEmpty();
    assertThat(SpecValidator.get().validate(request("GET", "/api/alerts", "state=PENDING", null)))
        .as("the Go client's old name")
        .isNotEmpty();
    assertThat(
            SpecValidator.get().validate(request("PUT", "/api/alerts/1/assign", "user-id=4", null)))
        .isNotEmpty();
  }
}
