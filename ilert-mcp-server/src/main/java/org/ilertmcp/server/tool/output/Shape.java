package org.ilertmcp.server.tool.output;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.input.Times;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
  private record Field<T>(String name, ObjectNode schema, boolean listed, Writer<T> writer) {}

  @FunctionalInterface
  private interface Writer<T> {
    void write(ObjectNode target, String name, T value);
  }

  private final List<Field<T>> fields;
  private final List<String> required;

  private Shape(List<Field<T>> fields, List<String> required) {
    this.fields = List.copyOf(fields);
    this.required = List.copyOf(required);
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
    for (Field<T> f : fields) {
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
      f.writer().write(out, f.name(), value);
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

    private Builder() {}

    /** An integer field (ids, counts). */
    public Builder<T> integer(String name, Function<? super T, ? extends Number> get) {
      return add(name, Schema.integer(), (out, n, v) -> Json.putIfPresent(out, n, get.apply(v)));
    }

    /** A string field from trusted data (ids, names ilert defines, enum values). */
    public Builder<T> string(String name, Function<? super T, ?> get) {
      return add(
          name,
          Schema.str(),
          (out, n, v) -> {
            Object value = get.apply(v);
            Json.putIfPresent(out, n, value == null ? null : value.toString());
          });
    }

    /** A string field of untrusted text (from monitoring systems or users), cleaned. */
    public Builder<T> text(String name, Function<? super T, String> get) {
      return add(
          name, Schema.str(), (out, n, v) -> Json.putIfPresent(out, n, Text.clean(get.apply(v))));
    }

    /** A boolean field. */
    public Builder<T> bool(String name, Function<? super T, Boolean> get) {
      return add(name, Schema.bool(), (out, n, v) -> Json.putIfPresent(out, n, get.apply(v)));
    }

    /** An instant, written as ISO-8601 UTC. */
    public Builder<T> time(String name, Function<? super T, Instant> get) {
      return add(
          name, Schema.str(), (out, n, v) -> Json.putIfPresent(out, n, Times.iso(get.apply(v))));
    }

    /** A nested object of another shape. */
    public <U> Builder<T> object(
        String name, Shape<U> shape, Function<? super T, ? extends U> get) {
      return add(
          name, shape.schema(), (out, n, v) -> Json.putIfPresent(out, n, shape.view(get.apply(v))));
    }

    /** A list of another shape, left out when null or empty. */
    public <U> Builder<T> list(
        String name, Shape<U> item, Function<? super T, ? extends Collection<? extends U>> get) {
      return add(
          name,
          Schema.array(item.schema()),
          (out, n, v) -> {
            Collection<? extends U> values = get.apply(v);
            if (values != null && !values.isEmpty()) {
              out.set(n, item.views(values));
            }
          });
    }

    /** The last field is written but not listed in the schema. */
    public Builder<T> unlisted() {
      Field<T> last = fields.remove(fields.size() - 1);
      fields.add(new Field<>(last.name(), last.schema(), false, last.writer()));
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
      return new Shape<>(fields, required);
    }

    private Builder<T> add(String name, ObjectNode schema, Writer<T> writer) {
      if (fields.stream().anyMatch(f -> f.name().equals(name))) {
        throw new IllegalArgumentException("field " + name + " is declared twice");
      }
      fields.add(new Field<>(name, schema, true, writer));
      return this;
    }
  }
}
