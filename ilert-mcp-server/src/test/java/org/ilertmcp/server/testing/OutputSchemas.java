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
import org.ilertmcp.server.confirm.WriteGuard;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.WriteTool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a tool call's structured result against the tool's declared output schema (JSON Schema
 * 2020-12). The server does not re-check its own output on every call in production; the tests do,
 * on every call through the {@link Sandbox}, so a tool cannot return what its schema does not
 * describe.
 */
public final class OutputSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /**
   * Compiled schemas by tool name: the one the tool declares (with every nested field) and the
   * shorter one {@code tools/list} advertises; a tool without an output schema maps to none.
   */
  private final Map<String, List<Schema>> compiled = new ConcurrentHashMap<>();

  /**
   * Fails when {@code response} (a JSON-RPC response to a {@code tools/call} of {@code tool}) is a
   * successful result whose {@code structuredContent} is missing or breaks the schema.
   */
  public void check(IlertMcpServer server, String tool, JsonNode response) {
    JsonNode result = response.path("result");
    if (!result.has("content") || result.path("isError").asBoolean(false)) {
      return; // an error, or no tool result (a request for input under 2026-07-28)
    }
    List<Schema> schemas = compiled.computeIfAbsent(tool, name -> compile(server, name));
    if (schemas.isEmpty()) {
      return;
    }
    if (!result.has("structuredContent")) {
      throw new AssertionError(tool + " returned no structuredContent: " + result);
    }
    for (Schema schema : schemas) {
      List<Error> errors = schema.validate(result.get("structuredContent"));
      if (!errors.isEmpty()) {
        throw new AssertionError(
            tool
                + " broke its output schema: "
                + errors.stream().limit(5).map(Error::getMessage).toList()
                + " in "
                + result.get("structuredContent"));
      }
    }
  }

  /**
   * The schema the tool declares and the one the server advertises for it (a write tool's allow its
   * preview).
   */
  private static List<Schema> compile(IlertMcpServer server, String name) {
    Optional<IlertTool> tool =
        server.tools().stream().filter(t -> t.spec().name().equals(name)).findFirst();
    if (tool.isEmpty() || server.adapter().adapt(tool.get()).outputSchema() == null) {
      return List.of();
    }
    IlertTool t = tool.get();
    ObjectNode declared =
        t instanceof WriteTool w ? WriteGuard.outputSchema(w) : t.spec().outputSchema();
    return List.of(
        REGISTRY.getSchema(declared), REGISTRY.getSchema(server.adapter().adapt(t).outputSchema()));
  }
}
