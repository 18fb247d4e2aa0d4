package org.ilertmcp.mcp.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.POJONode;
import tools.jackson.databind.util.RawValue;

/** The protocol layer's single JSON mapper and a few null-safe helpers for reading JSON trees. */
public final class Json {

  /** Shared, immutable and thread-safe mapper. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** Parses JSON text; throws {@link JacksonException} when it is not exactly one JSON value. */
  public static JsonNode parse(String text) {
    return MAPPER.readTree(text);
  }

  public static JsonNode parse(byte[] utf8) {
    return MAPPER.readTree(utf8);
  }

  /**
   * Parses one JSON-RPC message like {@link #parse(byte[])}, keeping a top-level numeric {@code id}
   * written with a fraction or an exponent ({@code 1e3}, {@code 7.0}) exactly as sent, so that the
   * answer echoes it unchanged instead of {@code 1000.0}.
   */
  public static JsonNode parseMessage(byte[] utf8) {
    JsonNode tree = MAPPER.readTree(utf8);
    JsonNode id = tree instanceof ObjectNode message ? message.get("id") : null;
    if (id != null && id.isFloatingPointNumber()) {
      String text = topLevelIdText(utf8);
      if (text != null) {
        ((ObjectNode) tree).set("id", NODES.rawValueNode(new RawValue(text)));
      }
    }
    return tree;
  }

  /** {@link #parseMessage(byte[])} of a text. */
  public static JsonNode parseMessage(String text) {
    return parseMessage(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether {@code node} is a number kept as sent by {@link #parseMessage}. */
  public static boolean isExactNumber(JsonNode node) {
    return node instanceof POJONode pojo && pojo.getPojo() instanceof RawValue;
  }

  /** The value of a number kept as sent. */
  public static BigDecimal exactNumber(JsonNode node) {
    return new BigDecimal(((RawValue) ((POJONode) node).getPojo()).rawValue().toString());
  }

  private static String topLevelIdText(byte[] utf8) {
    try (JsonParser parser = MAPPER.createParser(utf8)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String found = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("id".equals(name) && value == JsonToken.VALUE_NUMBER_FLOAT) {
          found = parser.getString(); // the last one wins, as in the tree
        } else {
          parser.skipChildren();
        }
      }
      return found;
    }
  }

  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  public static byte[] writeBytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /** Converts any value Jackson can serialize (records, maps, lists) into a tree. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** The string at {@code field}, or {@code null} when absent or not a string. */
  public static String string(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  /** The object at {@code field}, or {@code null} when absent or not an object. */
  public static ObjectNode objectOrNull(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value instanceof ObjectNode ? (ObjectNode) value : null;
  }

  /** Puts {@code value} under {@code field} unless it is {@code null}. */
  public static ObjectNode putIfPresent(ObjectNode target, String field, Object value) {
    if (value == null) {
      return target;
    }
    if (value instanceof JsonNode) {
      target.set(field, (JsonNode) value);
    } else if (value instanceof String) {
      target.put(field, (String) value);
    } else if (value instanceof Boolean) {
      target.put(field, (Boolean) value);
    } else if (value instanceof Integer) {
      target.put(field, (Integer) value);
    } else if (value instanceof Long) {
      target.put(field, (Long) value);
    } else if (value instanceof Double) {
      target.put(field, (Double) value);
    } else {
      target.set(field, tree(value));
    }
    return target;
  }
}
