package org.ilertmcp.server.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.server.prompts.IlertPrompts;
import org.ilertmcp.server.resources.Rpc;
import org.ilertmcp.server.testing.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Blank and whitespace-only arguments are input errors (or ignored), never internal errors, for
 * every tool and parameter; ilert rejecting the key in {@code resources/read} and {@code
 * prompts/get} is an authorization error, not an internal one.
 */
class InputAndAuthErrorsTest {
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void blankArgumentsNeverCauseAnInternalError() {
    List<String> internal = new ArrayList<>();
    int calls = 0;
    for (Tool tool : sandbox.server().mcp().tools()) {
      for (Map.Entry<String, JsonNode> property :
          tool.inputSchema().path("properties").properties()) {
        for (String blank : List.of("\"\"", "\" \\t \"")) {
          String args = "{\"" + property.getKey() + "\":" + blank + "}";
          JsonNode response = sandbox.call(Sandbox.ADMIN, tool.name(), args);
          calls++;
          if (response.path("error").path("code").asInt() == ErrorCodes.INTERNAL_ERROR) {
            internal.add(tool.name() + " " + args);
          }
        }
      }
    }
    System.out.println("blank arguments: " + calls + " calls, internal errors " + internal);
    assertThat(calls).isGreaterThan(100);
    assertThat(internal).isEmpty();
  }

  @Test
  void aRejectedKeyIsAnAuthorizationErrorForResourcesAndPrompts() {
    long alert = 1;
    JsonNode read =
        Rpc.call(sandbox, "no-such-key", "resources/read", "{\"uri\":\"ilert://alerts/1\"}");
    assertThat(read.path("error").path("code").asInt()).isEqualTo(ErrorCodes.UNAUTHORIZED);
    assertThat(read.path("error").path("message").asString()).contains("rejected the API key");

    JsonNode me = Rpc.call(sandbox, "no-such-key", "resources/read", "{\"uri\":\"ilert://me\"}");
    assertThat(me.path("error").path("code").asInt()).isEqualTo(ErrorCodes.UNAUTHORIZED);

    JsonNode prompt =
        Rpc.call(
            sandbox,
            "no-such-key",
            "prompts/get",
            "{\"name\":\""
                + IlertPrompts.TRIAGE_ALERT
                + "\",\"arguments\":{\"alert_id\":\""
                + alert
                + "\"}}");
    assertThat(prompt.path("error").path("code").asInt()).isEqualTo(ErrorCodes.UNAUTHORIZED);
    JsonNode noise =
        Rpc.call(
            sandbox,
            "no-such-key",
            "prompts/get",
            "{\"name\":\"" + IlertPrompts.REVIEW_ALERT_NOISE + "\",\"arguments\":{}}");
    assertThat(noise.path("error").path("code").asInt()).isNotEqualTo(ErrorCodes.INTERNAL_ERROR);
  }
}
