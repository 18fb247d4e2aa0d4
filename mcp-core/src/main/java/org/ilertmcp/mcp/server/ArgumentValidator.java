package org.ilertmcp.mcp.server;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates tool arguments (and structured results) against JSON Schema 2020-12, compiled once per
 * schema.
 */
final class ArgumentValidator {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final int MAX_REPORTED = 5;
  private static final int MAX_PROBLEM = 300;

  private final ObjectNode jsonSchema;
  private volatile Schema schema;

  /** Compiles on first use: a big catalogue should not delay the server's start. */
  ArgumentValidator(ObjectNode jsonSchema) {
    this.jsonSchema = jsonSchema;
  }

  private Schema schema() {
    Schema compiled = schema;
    if (compiled == null) {
      compiled = REGISTRY.getSchema(jsonSchema);
      schema = compiled;
    }
    return compiled;
  }

  /** Human-readable problems, empty when {@code value} conforms. */
  List<String> problems(JsonNode value) {
    List<Error> errors;
    try {
      errors = schema().validate(value);
    } catch (JacksonException e) {
      // The validator converts numbers to check bounds and fails on ones beyond 64 bits (1e308).
      return List.of("a number is out of range; numbers must fit in 64 bits");
    }
    if (errors.isEmpty()) {
      return List.of();
    }
    return errors.stream()
        .limit(MAX_REPORTED)
        .map(ArgumentValidator::describe)
        .collect(Collectors.toList());
  }

  private static String describe(Error error) {
    String message = error.getMessage();
    String location = error.getInstanceLocation().toString();
    // Locations and messages can repeat the client's property names and values: keep them short.
    return JsonRpc.excerpt(
        message.startsWith(location) ? message : JsonRpc.excerpt(location) + ": " + message,
        MAX_PROBLEM);
  }
}
