package org.ilertmcp.server.tool.output;

import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Small builders for the JSON Schemas of ilert tool outputs (inputs: {@code Param}). */
public final class Schema {
  private Schema() {}

  // Output shapes. Optional fields are simply not required; results drop nulls.

  public static ObjectNode object(Object... namesAndSchemas) {
    ObjectNode schema = Json.object().put("type", "object");
    ObjectNode props = schema.putObject("properties");
    for (int i = 0; i < namesAndSchemas.length; i += 2) {
      props.set((String) namesAndSchemas[i], (ObjectNode) namesAndSchemas[i + 1]);
    }
    return schema;
  }

  /** An object whose listed fields are required. */
  public static ObjectNode requiring(ObjectNode object, String... names) {
    ArrayNode array = object.putArray("required");
    for (String n : names) {
      array.add(n);
    }
    return object;
  }

  public static ObjectNode array(ObjectNode items) {
    ObjectNode schema = Json.object().put("type", "array");
    schema.set("items", items);
    return schema;
  }

  public static ObjectNode str() {
    return Json.object().put("type", "string");
  }

  public static ObjectNode integer() {
    return Json.object().put("type", "integer");
  }

  public static ObjectNode number() {
    return Json.object().put("type", "number");
  }

  public static ObjectNode bool() {
    return Json.object().put("type", "boolean");
  }

  /** Any JSON object (free-form details from monitoring systems). */
  public static ObjectNode anyObject() {
    return Json.object().put("type", "object");
  }

  /** The wrapper every list result uses: items, next_cursor, and a truncation note. */
  public static ObjectNode list(String field, ObjectNode item) {
    return requiring(
        object(field, array(item), "next_cursor", str(), "truncated", truncated()), field);
  }

  /**
   * What a result says when the token budget cut it ({@code omitted}, {@code reason}, {@code
   * how_to_get_more}). Only its type is declared: spelled out it cost every list tool ~40 tokens in
   * {@code tools/list}, and the note explains itself where it appears.
   */
  public static ObjectNode truncated() {
    return anyObject();
  }
}
