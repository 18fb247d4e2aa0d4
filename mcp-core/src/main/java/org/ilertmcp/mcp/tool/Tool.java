package org.ilertmcp.mcp.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.ilertmcp.mcp.content.Icon;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tool is a value: its definition (what {@code tools/list} shows) and its handler.
 *
 * @param name unique, 1-128 characters of {@code [A-Za-z0-9_.-]}
 * @param title human-readable name
 * @param description what it returns and when to use it, written for a model
 * @param inputSchema JSON Schema (2020-12) of the arguments object
 * @param outputSchema JSON Schema of {@code structuredContent}, or {@code null}
 * @param annotations behaviour hints
 * @param icons optional icons
 * @param preparer coerces the arguments before they are validated against {@code inputSchema}
 * @param aliases former names that still call this tool; not listed
 * @param handler the behaviour
 */
public record Tool(
    String name,
    String title,
    String description,
    ObjectNode inputSchema,
    ObjectNode outputSchema,
    ToolAnnotations annotations,
    List<Icon> icons,
    ArgumentPreparer preparer,
    List<String> aliases,
    ToolHandler handler) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

  public Tool {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid tool name: " + name);
    }
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(inputSchema, "inputSchema");
    Objects.requireNonNull(handler, "handler");
    if (!"object".equals(Json.string(inputSchema, "type"))) {
      throw new IllegalArgumentException("inputSchema of " + name + " must have type object");
    }
    icons = icons == null ? List.of() : List.copyOf(icons);
    preparer = preparer == null ? ArgumentPreparer.NONE : preparer;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    for (String alias : aliases) {
      if (!NAME.matcher(alias).matches()) {
        throw new IllegalArgumentException("Invalid alias of " + name + ": " + alias);
      }
    }
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** The definition as listed by {@code tools/list}. */
  public ObjectNode toJson() {
    ObjectNode out = Json.object().put("name", name);
    Json.putIfPresent(out, "title", title);
    out.put("description", description);
    out.set("inputSchema", inputSchema);
    Json.putIfPresent(out, "outputSchema", outputSchema);
    if (annotations != null) {
      out.set("annotations", annotations.toJson());
    }
    Icon.putAll(out, icons);
    return out;
  }

  /** Builds a {@link Tool}; name, description, input schema and handler are required. */
  public static final class Builder {
    private final String name;
    private String title;
    private String description;
    private ObjectNode inputSchema = Json.object().put("type", "object");
    private ObjectNode outputSchema;
    private ToolAnnotations annotations;
    private final List<Icon> icons = new ArrayList<>();
    private ArgumentPreparer preparer;
    private final List<String> aliases = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder inputSchema(ObjectNode inputSchema) {
      this.inputSchema = inputSchema;
      return this;
    }

    public Builder outputSchema(ObjectNode outputSchema) {
      this.outputSchema = outputSchema;
      return this;
    }

    public Builder annotations(ToolAnnotations annotations) {
      this.annotations = annotations;
      return this;
    }

    public Builder icon(Icon icon) {
      icons.add(icon);
      return this;
    }

    /** Coerces arguments before validation; without one they are validated as sent. */
    public Builder prepare(ArgumentPreparer value) {
      this.preparer = value;
      return this;
    }

    /** A former name that keeps calling this tool; aliases are not listed. */
    public Builder alias(String alias) {
      aliases.add(alias);
      return this;
    }

    public Tool handler(ToolHandler handler) {
      return new Tool(
          name,
          title,
          description,
          inputSchema,
          outputSchema,
          annotations,
          icons,
          preparer,
          aliases,
          handler);
    }
  }
}
