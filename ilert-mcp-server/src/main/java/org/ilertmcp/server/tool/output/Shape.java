package org.ilertmcp.server.tool.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.input.Times;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One output shape, declared once: each field names its JSON type and how it is read from the
 * value, and both the view ({@link #view}) and the JSON Schema it advertises ({@link #schema}) come
 * from that declaration, so they cannot disagree. Views drop nulls, write instants as ISO-8601 UTC
 * and clean untrusted text ({@link Text}).
 *
 * <p>A field is listed in the schema unless declared {@code unlisted()}: the shapes advertise the
 * key fields and leave the rest to the tool's description, since every listed field costs tokens in
 * each {@code tools/list}. An unlisted field is still written, with the same type.
 *
 * @param <T> the value a view is made of
 */
public final class Shape<T> {
  private record Field<T>(
      String name,
      ObjectNode schema,
      boolean listed,
      boolean keepEmpty,
      boolean keepEmptyUnlessNull,
      Writer<T> writer) {
    Field<T> with(boolean listed, boolean keepEmpty) {
      return new Field<>(name, schema, listed, keepEmpty, keepEmptyUnlessNull, writer);
    }

    Field<T> keepingEmptyUnlessNull() {
      return new Field<>(name, schema, listed, keepEmpty, true, writer);
    }
  }

  /** How a field's value is read and written: the JSON value, or null to leave the field out. */
  @FunctionalInterface
  private interface Writer<T> {
    JsonNode value(T value);
  }

  private final List<Field<T>> fields;
  private final List<String> required;
  private final List<String> schemaOrder;

  private Shape(List<Field<T>> fields, List<String> required, List<String> schemaOrder) {
    this.fields = List.copyOf(fields);
    this.required = List.copyOf(required);
    this.schemaOrder = List.copyOf(schemaOrder);
  }

  /**
   * @param <T> the value a view is made of
   * @return a builder of an object shape
   */
  public static <T> Builder<T> object() {
    return new Builder<>();
  }

  /**
   * @return the JSON Schema of the views: an object with the listed fields as properties
   */
  public ObjectNode schema() {
    List<Object> properties = new ArrayList<>();
    List<Field<T>> listed = new ArrayList<>(fields);
    if (!schemaOrder.isEmpty()) {
      listed.sort(Comparator.comparingInt(f -> schemaOrder.indexOf(f.name())));
    }
    for (Field<T> f : listed) {
      if (f.listed()) {
        properties.add(f.name());
        properties.add(f.schema().deepCopy());
      }
    }
    ObjectNode schema = Schema.object(properties.toArray());
    return required.isEmpty() ? schema : Schema.requiring(schema, required.toArray(String[]::new));
  }

  /**
   * @param value the value, or null
   * @return its view, or null for null
   */
  public ObjectNode view(T value) {
    if (value == null) {
      return null;
    }
    ObjectNode out = Json.object();
    for (Field<T> f : fields) {
      JsonNode node = f.writer().value(value);
      boolean empty = node == null || (node.isArray() && node.isEmpty());
      if (!empty) {
        out.set(f.name(), node);
      } else if (f.keepEmpty() || (f.keepEmptyUnlessNull() && node != null)) {
        out.putArray(f.name());
      }
    }
    return out;
  }

  /**
   * @param values the values, or null
   * @return their views in order (empty for null)
   */
  public ArrayNode views(Collection<? extends T> values) {
    ArrayNode out = Json.array();
    if (values != null) {
      values.forEach(v -> out.add(view(v)));
    }
    return out;
  }

  /**
   * Builds an object shape field by field, in the order the views write them.
   *
   * @param <T> the value a view is made of
   */
  public static final class Builder<T> {
    private final List<Field<T>> fields = new ArrayList<>();
    private final List<String> required = new ArrayList<>();
    private final List<String> schemaOrder = new ArrayList<>();

    private Builder() {}

    /** An integer field (ids, counts). */
    public Builder<T> integer(String name, Function<? super T, ? extends Number> get) {
      return add(name, Schema.integer(), v -> numberNode(get.apply(v)));
    }

    /** A number field that may have a fraction (rates, shares). */
    public Builder<T> number(String name, Function<? super T, ? extends Number> get) {
      return add(name, Schema.number(), v -> numberNode(get.apply(v)));
    }

    /** A string field from trusted data (ids, names ilert defines, enum values). */
    public Builder<T> string(String name, Function<? super T, ?> get) {
      return add(name, Schema.str(), v -> stringNode(get.apply(v)));
    }

    /**
     * A string field from trusted data written as {@code null} when absent instead of left out: a
     * name every row has a place for, even when ilert has none.
     */
    public Builder<T> stringOrNull(String name, Function<? super T, ?> get) {
      return add(
          name,
          Schema.str(),
          v -> {
            JsonNode node = stringNode(get.apply(v));
            return node == null ? NullNode.getInstance() : node;
          });
    }

    /** A string field of untrusted text (from monitoring systems or users), cleaned. */
    public Builder<T> text(String name, Function<? super T, String> get) {
      return add(name, Schema.str(), v -> stringNode(Text.clean(get.apply(v))));
    }

    /** A boolean field. */
    public Builder<T> bool(String name, Function<? super T, Boolean> get) {
      return add(name, Schema.bool(), v -> boolNode(get.apply(v)));
    }

    /** An instant, written as ISO-8601 UTC. */
    public Builder<T> time(String name, Function<? super T, Instant> get) {
      return add(name, Schema.str(), v -> stringNode(Times.iso(get.apply(v))));
    }

    /** A nested object of another shape. */
    public <U> Builder<T> object(
        String name, Shape<U> shape, Function<? super T, ? extends U> get) {
      return add(name, shape.schema(), v -> shape.view(get.apply(v)));
    }

    /** A list of another shape, left out when null or empty (see {@link #keepEmpty}). */
    public <U> Builder<T> list(
        String name, Shape<U> item, Function<? super T, ? extends Collection<? extends U>> get) {
      return add(
          name,
          Schema.array(item.schema()),
          v -> {
            Collection<? extends U> values = get.apply(v);
            return values == null ? null : item.views(values);
          });
    }

    /** A list of integers (ids), left out when null or empty (see {@link #keepEmpty}). */
    public Builder<T> integers(
        String name, Function<? super T, ? extends Collection<? extends Number>> get) {
      return add(
          name,
          Schema.array(Schema.integer()),
          v -> array(get.apply(v), n -> numberNode((Number) n)));
    }

    /** A list of trusted strings, left out when null or empty (see {@link #keepEmpty}). */
    public Builder<T> strings(String name, Function<? super T, ? extends Collection<?>> get) {
      return add(name, Schema.array(Schema.str()), v -> array(get.apply(v), Shape::stringNode));
    }

    /** A list of untrusted texts, each cleaned, left out when null or empty. */
    public Builder<T> texts(String name, Function<? super T, ? extends Collection<String>> get) {
      return add(
          name,
          Schema.array(Schema.str()),
          v -> array(get.apply(v), t -> stringNode(Text.clean((String) t))));
    }

    /**
     * A map of untrusted names to untrusted texts (labels), keys and values cleaned, left out when
     * null or empty.
     */
    public Builder<T> textMap(String name, Function<? super T, ? extends Map<String, String>> get) {
      ObjectNode schema = Schema.anyObject();
      schema.set("additionalProperties", Schema.str());
      return add(
          name,
          schema,
          v -> {
            Map<String, String> map = get.apply(v);
            if (map == null || map.isEmpty()) {
              return null;
            }
            ObjectNode out = Json.object();
            map.forEach((key, text) -> Json.putIfPresent(out, Text.clean(key), Text.clean(text)));
            return out;
          });
    }

    /**
     * A value whose structure is not this server's to declare — free-form details from a monitoring
     * system, a raw API response — under the given schema (usually {@link Schema#anyObject}). The
     * function must clean untrusted text itself.
     */
    public Builder<T> freeForm(
        String name, ObjectNode schema, Function<? super T, ? extends JsonNode> get) {
      return add(name, schema, get::apply);
    }

    /**
     * The last field, a list, is written as {@code []} when empty (an answer: there are none) and
     * left out only when null (not asked for).
     */
    public Builder<T> keepEmptyUnlessNull() {
      Field<T> last = fields.remove(fields.size() - 1);
      if (!"array".equals(last.schema().path("type").asString(""))) {
        throw new IllegalArgumentException("field " + last.name() + " is not a list");
      }
      fields.add(last.keepingEmptyUnlessNull());
      return this;
    }

    /** The last field is written but not listed in the schema. */
    public Builder<T> unlisted() {
      Field<T> last = fields.remove(fields.size() - 1);
      fields.add(last.with(false, last.keepEmpty()));
      return this;
    }

    /**
     * The fields of another shape, written in its order into this view, read from the value {@code
     * get} returns (left out when it returns null): views that extend another view with more
     * fields. They keep their listing and their being required.
     */
    public <U> Builder<T> fields(Shape<U> shape, Function<? super T, ? extends U> get) {
      for (Field<U> f : shape.fields) {
        add(
            f.name(),
            f.schema(),
            v -> {
              U inner = get.apply(v);
              return inner == null ? null : f.writer().value(inner);
            });
        Field<T> last = fields.remove(fields.size() - 1).with(f.listed(), f.keepEmpty());
        fields.add(f.keepEmptyUnlessNull() ? last.keepingEmptyUnlessNull() : last);
      }
      required.addAll(shape.required);
      return this;
    }

    /**
     * A map of trusted names (types, statuses) to counts, in the map's order; left out when null,
     * written as {@code {}} when empty.
     */
    public Builder<T> counts(
        String name, Function<? super T, ? extends Map<String, ? extends Number>> get) {
      ObjectNode schema = Schema.anyObject();
      schema.set("additionalProperties", Schema.integer());
      return add(
          name,
          schema,
          v -> {
            Map<String, ? extends Number> map = get.apply(v);
            if (map == null) {
              return null;
            }
            ObjectNode out = Json.object();
            map.forEach((key, n) -> Json.putIfPresent(out, key, numberNode(n)));
            return out;
          });
    }

    /**
     * The schema lists the listed fields in this order rather than the order the views write them
     * (which stays): every listed field, each once.
     */
    public Builder<T> schemaOrder(String... names) {
      List<String> listed = fields.stream().filter(Field::listed).map(Field::name).toList();
      if (names.length != listed.size() || !listed.containsAll(List.of(names))) {
        throw new IllegalArgumentException("schemaOrder must name the listed fields " + listed);
      }
      schemaOrder.clear();
      schemaOrder.addAll(List.of(names));
      return this;
    }

    /**
     * The last field, a list, is declared as an array without its items' schema, like {@link
     * Schema#anyArray}; its items are still written in full. For a definition that must stay cheap
     * to list, whose description names what the items hold.
     */
    public Builder<T> itemsUnlisted() {
      Field<T> last = fields.remove(fields.size() - 1);
      if (!"array".equals(last.schema().path("type").asString(""))) {
        throw new IllegalArgumentException("field " + last.name() + " is not a list");
      }
      fields.add(
          new Field<>(
              last.name(),
              Schema.anyArray(),
              last.listed(),
              last.keepEmpty(),
              last.keepEmptyUnlessNull(),
              last.writer()));
      return this;
    }

    /** The last field, a list, is written as {@code []} when null or empty instead of left out. */
    public Builder<T> keepEmpty() {
      Field<T> last = fields.remove(fields.size() - 1);
      if (!"array".equals(last.schema().path("type").asString(""))) {
        throw new IllegalArgumentException("field " + last.name() + " is not a list");
      }
      fields.add(last.with(last.listed(), true));
      return this;
    }

    /** Fields every view has (the schema's {@code required}). */
    public Builder<T> required(String... names) {
      for (String name : names) {
        if (fields.stream().noneMatch(f -> f.name().equals(name) && f.listed())) {
          throw new IllegalArgumentException("required field " + name + " is not listed");
        }
        required.add(name);
      }
      return this;
    }

    /**
     * @return the shape
     */
    public Shape<T> build() {
      return new Shape<>(fields, required, schemaOrder);
    }

    private Builder<T> add(String name, ObjectNode schema, Writer<T> writer) {
      if (fields.stream().anyMatch(f -> f.name().equals(name))) {
        throw new IllegalArgumentException("field " + name + " is declared twice");
      }
      fields.add(new Field<>(name, schema, true, false, false, writer));
      return this;
    }
  }

  private static JsonNode numberNode(Number value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer i) {
      return IntNode.valueOf(i);
    }
    if (value instanceof Long l) {
      return LongNode.valueOf(l);
    }
    if (value instanceof Double d) {
      return DoubleNode.valueOf(d);
    }
    return Json.tree(value);
  }

  private static JsonNode stringNode(Object value) {
    return value == null ? null : StringNode.valueOf(value.toString());
  }

  private static JsonNode boolNode(Boolean value) {
    return value == null ? null : BooleanNode.valueOf(value);
  }

  private static ArrayNode array(Collection<?> values, Function<Object, JsonNode> item) {
    if (values == null) {
      return null;
    }
    ArrayNode out = Json.array();
    for (Object v : values) {
      JsonNode node = item.apply(v);
      if (node != null) {
        out.add(node);
      }
    }
    return out;
  }
}
