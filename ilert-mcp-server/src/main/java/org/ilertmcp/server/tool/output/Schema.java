package org.ilertmcp.server.tool.output;

import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
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

  /** An array of any items (the tool's description says what they are). */
  public static ObjectNode anyArray() {
    return Json.object().put("type", "array");
  }

  /** Any JSON object (free-form details from monitoring systems). */
  public static ObjectNode anyObject() {
    return Json.object().put("type", "object");
  }

  /**
   * The wrapper every list result uses: items and next_cursor. The note a result carries when the
   * token budget cut it ({@code truncated}: what was omitted and how to get it) is not declared per
   * tool: it would cost every list tool tokens in {@code tools/list}; the server instructions
   * describe it once and the note explains itself where it appears.
   */
  public static ObjectNode list(String field, ObjectNode item) {
    return requiring(object(field, array(item), "next_cursor", str()), field);
  }

  /**
   * What {@code tools/list} advertises of an output schema: the result's fields with their types
   * (arrays of plain values keep their item type). The views carry more than that; the tool's
   * description names it. Every nested property would otherwise be paid for in tokens by every
   * client on every {@code tools/list}.
   */
  public static ObjectNode advertised(ObjectNode schema) {
    ObjectNode out = typeOnly(schema);
    if (schema.get("properties") instanceof ObjectNode properties) {
      ObjectNode kept = out.putObject("properties");
      properties.properties().forEach(e -> kept.set(e.getKey(), typeOnly(e.getValue())));
    }
    copyRequired(schema, out);
    return out;
  }

  /** The field's type, an array's plain item type, and whether an object is open. */
  private static ObjectNode typeOnly(JsonNode field) {
    ObjectNode out = Json.object();
    if (field.has("type")) {
      out.set("type", field.get("type"));
    }
    if (field.has("additionalProperties")) {
      out.set("additionalProperties", field.get("additionalProperties"));
    }
    JsonNode items = field.get("items");
    if (items != null && !"object".equals(items.path("type").asString(""))) {
      out.set("items", typeOnly(items));
    }
    return out;
  }

  private static void copyRequired(JsonNode from, ObjectNode to) {
    if (from.has("required")) {
      to.set("required", from.get("required"));
    }
  }
}
