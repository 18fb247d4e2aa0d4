package org.ilertmcp.server.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ilertmcp.server.IlertMcpServer;
import tools.jackson.databind.JsonNode;

/**
 * Checks a tool call's structured result against the tool's declared output schema (JSON Schema
 * 2020-12). The server does not re-check its own output on every call in production; the tests do,
 * on every call through the {@link Sandbox}, so a tool cannot return what its schema does not
 * describe.
 */
public final class OutputSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** Compiled schemas by tool name; a tool without an output schema maps to none. */
  private final Map<String, Optional<Schema>> compiled = new ConcurrentHashMap<>();

  /**
   * Fails when {@code response} (a JSON-RPC response to a {@code tools/call} of {@code tool}) is a
   * successful result whose {@code structuredContent} is missing or breaks the schema.
   */
  public void check(IlertMcpServer server, String tool, JsonNode response) {
    JsonNode result = response.path("result");
    if (!result.has("content") || result.path("isError").asBoolean(false)) {
      return; // an error, or no tool result (a request for input under 2026-07-28)
    }
    Optional<Schema> schema = compiled.computeIfAbsent(tool, name -> compile(server, name));
    if (schema.isEmpty()) {
      return;
    }
    if (!result.has("structuredContent")) {
      throw new AssertionError(tool + " returned no structuredContent: " + result);
    }
    List<Error> errors = schema.get().validate(result.get("structuredContent"));
    if (!errors.isEmpty()) {
      throw new AssertionError(
          tool
              + " broke its output schema: "
              + errors.stream().limit(5).map(Error::getMessage).toList()
              + " in "
              + result.get("structuredContent"));
    }
  }

  /** The schema the server registered for the tool (a write tool's includes its preview). */
  private static Optional<Schema> compile(IlertMcpServer server, String name) {
    return server.tools().stream()
        .filter(t -> t.spec().name().equals(name))
        .findFirst()
        .map(t -> server.adapter().adapt(t).outputSchema())
        .map(REGISTRY::getSchema);
  }
}
