package org.ilertmcp.server.tool.input;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One tool parameter, declared once: its JSON Schema fragment, how unambiguous input is coerced
 * into that form, and how the value is read. Schema and reading cannot disagree because both come
 * from this object. The factories below are the shared fragments every tool uses.
 *
 * @param <T> the type a tool reads
 */
public final class Param<T> {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String name;
  private final ObjectNode schema;
  private final UnaryOperator<JsonNode> coerce;
  private final BiFunction<JsonNode, Args, T> read;
  private final T fallback;

  private Param(
      String name,
      ObjectNode schema,
      UnaryOperator<JsonNode> coerce,
      BiFunction<JsonNode, Args, T> read,
      T fallback) {
    this.name = Objects.requireNonNull(name);
    this.schema = schema;
    this.coerce = coerce;
    this.read = read;
    this.fallback = fallback;
  }

  public String name() {
    return name;
  }

  /** The JSON Schema fragment of this parameter (a copy). */
  public ObjectNode schema() {
    return schema.deepCopy();
  }

  public String description() {
    return schema.path("description").asString("");
  }

  /** The value read when the argument is absent, or null. */
  T fallback() {
    return fallback;
  }

  /** The same parameter with another description (the fragment's type and rules stay). */
  public Param<T> describedAs(String description) {
    ObjectNode copy = schema();
    copy.put("description", description);
    return new Param<>(name, copy, coerce, read, fallback);
  }

  /**
   * {@code raw} in the form the schema describes (a present, non-null, non-blank value).
   *
   * @throws ToolInputException when it has no single sensible reading
   */
  public JsonNode coerce(JsonNode raw) {
    return coerce.apply(raw);
  }

  T read(JsonNode prepared, Args args) {
    return read.apply(prepared, args);
  }

  // ---- shared fragments ----

  /**
   * A numeric ilert id. Declared as an integer, as outputs return ids; a numeric string, {@code
   * #123} and an ilert web address that contains the id are accepted too.
   */
  public static Param<Long> id(String name, String description) {
    return new Param<>(
        name,
        fragment("integer", description),
        v -> NODES.numberNode(Ids.parse(name, idOf(v))),
        (v, a) -> v.asLong(),
        null);
  }

  /**
   * An entity given by id or by name (users also by e-mail). Declared as a string, the portable
   * single type (a type list is refused by clients that map schemas onto one type per field, and
   * combinators are not flat); an integer id as results return it is accepted too. Ids in any form
   * {@link #id} accepts become the id's digits; anything else is a name, resolved later.
   */
  public static Param<String> ref(String name, String description) {
    return new Param<>(
        name, refFragment(description), v -> ref(name, idOf(v)), (v, a) -> v.asString(), null);
  }

  /** Several entities by id or name; a single value or a comma-separated string is a list. */
  public static Param<List<String>> refs(String name, String description) {
    ObjectNode schema = fragment("array", description);
    schema.set("items", refFragment(null));
    return new Param<>(
        name, schema, v -> list(name, v, item -> ref(name, item)), Param::strings, List.of());
  }

  /** Free text. A number or boolean is taken as its text. */
  public static Param<String> text(String name, String description) {
    return new Param<>(
        name, fragment("string", description), v -> text(name, v), (v, a) -> v.asString(), null);
  }

  /**
   * JSON as text. Declared as a string, the form every client can send; a JSON object or list is
   * taken as its text, as that is what a model that reads "JSON" most often sends.
   */
  public static Param<String> json(String name, String description) {
    return new Param<>(
        name,
        fragment("string", description),
        v -> v.isContainer() ? NODES.stringNode(Json.write(v)) : text(name, v),
        (v, a) -> v.asString(),
        null);
  }

  /** A whole number in {@code [min, max]}; a numeric string is taken as the number. */
  public static Param<Integer> integer(
      String name, String description, int min, int max, Integer fallback) {
    ObjectNode schema = fragment("integer", description);
    if (min != 1) {
      // 1 is the obvious floor of counts and pages; the coercion still refuses 0 with a reason.
      schema.put("minimum", min);
    }
    return new Param<>(
        name,
        schema.put("maximum", max),
        v -> NODES.numberNode(Ids.integer(name, v, min, max)),
        (v, a) -> v.asInt(),
        fallback);
  }

  /** The page size of a list tool. */
  public static Param<Integer> limit(int fallback, int max) {
    return integer("limit", "Default " + fallback + ".", 1, max, fallback);
  }

  /** {@code true} or {@code false}; "true"/"false", "yes"/"no" and 1/0 count too. */
  public static Param<Boolean> bool(String name, String description, Boolean fallback) {
    return new Param<>(
        name,
        fragment("boolean", description),
        v -> NODES.booleanNode(bool(name, v)),
        (v, a) -> v.asBoolean(),
        fallback);
  }

  /** One of {@code values}, case-insensitive; {@code synonyms} maps other words to a value. */
  public static Param<String> choice(
      String name, String description, Map<String, String> synonyms, String... values) {
    Choices choices = new Choices(name, List.of(values), synonyms, Map.of());
    ObjectNode schema = fragment("string", description);
    enumValues(schema, values);
    return new Param<>(
        name,
        schema,
        v -> {
          List<String> one = choices.resolve(v);
          if (one.size() != 1) {
            throw new ToolInputException(
                "`" + name + "` takes one value; " + v.asString() + " stands for several.");
          }
          return NODES.stringNode(one.get(0));
        },
        (v, a) -> v.asString(),
        null);
  }

  /** One of {@code values}, case-insensitive. */
  public static Param<String> choice(String name, String description, String... values) {
    return choice(name, description, Map.of(), values);
  }

  /**
   * Several of {@code values}: a single value or a comma-separated string is a list; {@code groups}
   * maps a word to several values ({@code open} to the unresolved states).
   */
  public static Param<List<String>> choices(
      String name,
      String description,
      Map<String, String> synonyms,
      Map<String, List<String>> groups,
      String... values) {
    Choices choices = new Choices(name, List.of(values), synonyms, groups);
    ObjectNode items = Json.object().put("type", "string");
    enumValues(items, values);
    ObjectNode schema = fragment("array", description);
    schema.set("items", items);
    return new Param<>(
        name,
        schema,
        v -> {
          Set<String> out = new LinkedHashSet<>();
          list(name, v, item -> item).forEach(item -> out.addAll(choices.resolve(item)));
          ArrayNode array = NODES.arrayNode();
          out.forEach(array::add);
          return array;
        },
        Param::strings,
        List.of());
  }

  /** Several of {@code values}, case-insensitive. */
  public static Param<List<String>> choices(String name, String description, String... values) {
    return choices(name, description, Map.of(), Map.of(), values);
  }

  /**
   * A point in time in any form {@link Times} reads, as text or as a Unix epoch number; parsed
   * against the call's clock and zone.
   */
  public static Param<Instant> instant(String name, String description) {
    return new Param<>(
        name,
        fragment("string", description),
        v -> {
          if (v.isIntegralNumber() && Times.isEpoch(v.asString())) {
            return NODES.stringNode(v.asString());
          }
          if (!v.isString()) {
            throw new ToolInputException(
                "`"
                    + name
                    + "` is a time as text: ISO-8601 with Z or an offset, 'now', '2h' (ago) or"
                    + " 'in 2h'; a number is read only as Unix epoch seconds (10 digits) or"
                    + " milliseconds (13).");
          }
          return NODES.stringNode(v.asString().trim());
        },
        (v, a) -> Times.parse(name, v.asString(), a.clock(), a.zone()),
        null);
  }

  /** An IANA time zone such as {@code Europe/Berlin}. */
  public static Param<java.time.ZoneId> zone(String name, String description) {
    return new Param<>(
        name,
        fragment("string", description),
        v -> {
          String s = text(name, v).asString();
          try {
            return NODES.stringNode(java.time.ZoneId.of(s).getId());
          } catch (java.time.DateTimeException e) {
            throw new ToolInputException(
                "`"
                    + name
                    + "` '"
                    + shown(s)
                    + "' is not an IANA time zone; use e.g. Europe/Berlin or UTC.");
          }
        },
        (v, a) -> java.time.ZoneId.of(v.asString()),
        null);
  }

  /** The opaque next_cursor of a list tool. */
  public static Param<String> cursor() {
    return text("cursor", "next_cursor, alone.");
  }

  // ---- helpers ----

  private static ObjectNode fragment(String type, String description) {
    ObjectNode schema = Json.object().put("type", type);
    if (description != null) {
      schema.put("description", description);
    }
    return schema;
  }

  private static ObjectNode refFragment(String description) {
    return fragment("string", description);
  }

  private static void enumValues(ObjectNode schema, String... values) {
    ArrayNode array = schema.putArray("enum");
    for (String v : values) {
      array.add(v);
    }
  }

  private static JsonNode ref(String name, JsonNode v) {
    if (v.isIntegralNumber() || v.isString() && Ids.looksLikeId(v.asString())) {
      return NODES.stringNode(Long.toString(Ids.parse(name, v)));
    }
    return NODES.stringNode(text(name, v).asString());
  }

  private static JsonNode text(String name, JsonNode v) {
    if (v.isString()) {
      return NODES.stringNode(v.asString().trim());
    }
    if (v.isNumber() || v.isBoolean()) {
      return NODES.stringNode(v.asString());
    }
    throw new ToolInputException("`" + name + "` is text; got " + kind(v) + ".");
  }

  private static boolean bool(String name, JsonNode v) {
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    String s =
        v.isString() || v.isIntegralNumber() ? v.asString().trim().toLowerCase(Locale.ROOT) : "";
    if (s.equals("true") || s.equals("yes") || s.equals("1")) {
      return true;
    }
    if (s.equals("false") || s.equals("no") || s.equals("0")) {
      return false;
    }
    throw new ToolInputException("`" + name + "` is true or false; got " + kind(v) + ".");
  }

  private static ArrayNode list(String name, JsonNode sent, UnaryOperator<JsonNode> item) {
    JsonNode v = arrayInText(sent);
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else if (v.isString() && v.asString().contains(",")) {
      for (String part : v.asString().split(",")) {
        if (!part.isBlank()) {
          items.add(NODES.stringNode(part.trim()));
        }
      }
    } else {
      items.add(v);
    }
    ArrayNode out = NODES.arrayNode();
    for (JsonNode given : items) {
      JsonNode i = idOf(given);
      if (i == null || i.isNull() || i.isString() && i.asString().isBlank()) {
        throw new ToolInputException("`" + name + "` has an empty entry; leave it out.");
      }
      if (i.isArray() || i.isObject()) {
        throw new ToolInputException(
            "`" + name + "` is a list of plain values; got " + shown(v.toString()) + ".");
      }
      out.add(item.apply(i));
    }
    return out;
  }

  private static List<String> strings(JsonNode v, Args args) {
    List<String> out = new ArrayList<>();
    v.forEach(i -> out.add(i.asString()));
    return List.copyOf(out);
  }

  /**
   * The array whose JSON text {@code v} is ({@code "[\"PENDING\",\"ACCEPTED\"]"}), as clients that
   * stringify arguments send a list; any other value as it is.
   */
  private static JsonNode arrayInText(JsonNode v) {
    if (!v.isString()) {
      return v;
    }
    String s = v.asString().trim();
    if (!s.startsWith("[") || !s.endsWith("]")) {
      return v;
    }
    try {
      JsonNode parsed = Json.parse(s);
      return parsed.isArray() ? parsed : v;
    } catch (JacksonException e) {
      return v;
    }
  }

  /**
   * The id of a reference copied whole from a result ({@code {"id":505,"name":"…"}}), which stands
   * for that id; any other value as it is.
   */
  private static JsonNode idOf(JsonNode v) {
    JsonNode id = v == null ? null : v.get("id");
    if (v != null
        && v.isObject()
        && id != null
        && (id.isIntegralNumber() || id.isString() && Ids.looksLikeId(id.asString()))) {
      return id;
    }
    return v;
  }

  static String kind(JsonNode v) {
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "a list";
    }
    return shown(v.toString());
  }

  /**
   * {@code value} as an error repeats it: a long one (a pasted log) is cut to the protocol layer's
   * excerpt and the rest counted, so the sentence that names the fix stays short.
   */
  public static String shown(String value) {
    return JsonRpc.excerpt(value);
  }

  /** Case-insensitive values with synonyms and groups. */
  private record Choices(
      String name,
      List<String> values,
      Map<String, String> synonyms,
      Map<String, List<String>> groups) {

    List<String> resolve(JsonNode v) {
      String given = v.isString() ? v.asString().trim() : v.toString();
      String key = given.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      for (String value : values) {
        if (value.equals(key)) {
          return List.of(value);
        }
      }
      for (Map.Entry<String, String> s : synonyms.entrySet()) {
        if (s.getKey().equalsIgnoreCase(key)) {
          return List.of(s.getValue());
        }
      }
      for (Map.Entry<String, List<String>> g : groups.entrySet()) {
        if (g.getKey().equalsIgnoreCase(key)) {
          return g.getValue();
        }
      }
      throw new ToolInputException(
          "`"
              + name
              + "` is one of "
              + String.join(", ", values)
              + (groups.isEmpty() ? "" : " (or " + String.join(", ", groups.keySet()) + ")")
              + "; got '"
              + shown(given)
              + "'.");
    }
  }
}
