package org.ilertmcp.server.tool.output;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small builders for the JSON Schemas of ilert tools: flat input objects (a description per
 * parameter, no {@code $ref} or combinators) and output shapes.
 */
public final class Schema {
  private Schema() {}

  public static Input input() {
    return new Input();
  }

  /** A flat input object schema. */
  public static final class Input {
    private final ObjectNode properties = Json.object();
    private final List<String> required = new ArrayList<>();

    private Input() {}

    public Input string(String name, String description) {
      properties.putObject(name).put("type", "string").put("description", description);
      return this;
    }

    public Input enumeration(String name, String description, String... values) {
      ObjectNode p =
          properties.putObject(name).put("type", "string").put("description", description);
      ArrayNode array = p.putArray("enum");
      for (String v : values) {
        array.add(v);
      }
      return this;
    }

    public Input integer(String name, String description, int min, int max) {
      properties
          .putObject(name)
          .put("type", "integer")
          .put("description", description)
          .put("minimum", min)
          .put("maximum", max);
      return this;
    }

    public Input bool(String name, String description) {
      properties.putObject(name).put("type", "boolean").put("description", description);
      return this;
    }

    public Input strings(String name, String description, String... allowed) {
      ObjectNode items = Json.object().put("type", "string");
      if (allowed.length > 0) {
        ArrayNode array = items.putArray("enum");
        for (String v : allowed) {
          array.add(v);
        }
      }
      ObjectNode p =
          properties.putObject(name).put("type", "array").put("description", description);
      p.set("items", items);
      return this;
    }

    public Input required(String... names) {
      required.addAll(List.of(names));
      return this;
    }

    public ObjectNode build() {
      ObjectNode schema = Json.object().put("type", "object");
      schema.set("properties", properties.deepCopy());
      if (!required.isEmpty()) {
        ArrayNode array = schema.putArray("required");
        required.forEach(array::add);
      }
      return schema.put("additionalProperties", false);
    }
  }

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
