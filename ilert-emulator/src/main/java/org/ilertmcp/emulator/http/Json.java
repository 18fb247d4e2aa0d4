package org.ilertmcp.emulator.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ilertmcp.emulator.engine.ApiException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers: one shared mapper, ilert's timestamp format, null-free object building. */
public final class Json {
  /** The mapper; thread-safe once built. */
  public static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Json() {}

  /** A new empty object. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** A new empty array. */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** An array of the given nodes. */
  public static ArrayNode array(Collection<? extends JsonNode> nodes) {
    ArrayNode a = NODES.arrayNode();
    nodes.forEach(a::add);
    return a;
  }

  /** ilert's timestamp form {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'}, or null. */
  public static String ts(Instant instant) {
    return instant == null ? null : TIMESTAMP.format(instant);
  }

  /** Puts a string unless it is null (the emulator omits nulls rather than sending them). */
  public static ObjectNode put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
    return node;
  }

  /** Puts a timestamp unless it is null. */
  public static ObjectNode put(ObjectNode node, String field, Instant value) {
    return put(node, field, ts(value));
  }

  /** Parses a request body; 400 when it is not JSON. */
  public static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      throw ApiException.badRequest("request body is missing");
    }
    try {
      return MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw ApiException.badRequest("request body is not valid JSON");
    }
  }

  /** Serialises a node. */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /** Text of a field, or null when absent or null. Numbers and booleans are rendered as text. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isMissingNode() || v.isContainer()) {
      return null;
    }
    return v.asString();
  }

  /** A field as a long, or null; 400 when it is present but not a whole number. */
  public static Long longValue(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.asLong();
    }
    if (v.isString()) {
      try {
        return Long.parseLong(v.asString().trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("field '" + field + "' must be a number");
      }
    }
    throw ApiException.badRequest("field '" + field + "' must be a number");
  }

  /** The {@code id} of a sub-entity reference like {@code {"alertSource": {"id": 1}}}, or null. */
  public static Long refId(JsonNode node, String field) {
    JsonNode ref = node == null ? null : node.get(field);
    if (ref == null || ref.isNull()) {
      return null;
    }
    if (!ref.isObject()) {
      throw ApiException.badRequest("field '" + field + "' must be an object with an id");
    }
    Long id = longValue(ref, "id");
    if (id == null) {
      throw ApiException.badRequest("field '" + field + ".id' is required");
    }
    return id;
  }

  /** The ids of an array of references like {@code [{"id": 1}]}; empty when absent. */
  public static List<Long> refIds(JsonNode node, String field) {
    JsonNode arr = node == null ? null : node.get(field);
    List<Long> ids = new ArrayList<>();
    if (arr == null || arr.isNull()) {
      return ids;
    }
    if (!arr.isArray()) {
      throw ApiException.badRequest("field '" + field + "' must be an array");
    }
    for (JsonNode item : arr) {
      if (item.isObject()) {
        Long id = longValue(item, "id");
        if (id == null) {
          throw ApiException.badRequest("every element of '" + field + "' needs an id");
        }
        ids.add(id);
      } else if (item.isIntegralNumber()) {
        ids.add(item.asLong());
      } else {
        throw ApiException.badRequest("field '" + field + "' must hold objects with an id");
      }
    }
    return ids;
  }

  /** Required non-blank string field; 400 otherwise. */
  public static String required(JsonNode node, String field) {
    String v = text(node, field);
    if (v == null || v.isBlank()) {
      throw ApiException.badRequest("field '" + field + "' is required");
    }
    return v;
  }

  /** Converts a JSON value to plain Java (maps, lists, strings, numbers, booleans). */
  public static Object toJava(JsonNode node) {
    return node == null || node.isNull() ? null : MAPPER.convertValue(node, Object.class);
  }

  /** Converts plain Java to JSON. */
  public static JsonNode fromJava(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A string map from a JSON object field; 400 when not an object of strings. */
  public static Map<String, String> stringMap(JsonNode node, String field) {
    JsonNode obj = node == null ? null : node.get(field);
    Map<String, String> map = new java.util.LinkedHashMap<>();
    if (obj == null || obj.isNull()) {
      return map;
    }
    if (!obj.isObject()) {
      throw ApiException.badRequest("field '" + field + "' must be an object");
    }
    for (Map.Entry<String, JsonNode> e : obj.properties()) {
      map.put(e.getKey(), e.getValue().asString());
    }
    return map;
  }
}
