package org.ilertmcp.server.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code tools/list} shows of an ilert tool, plus where it belongs.
 *
 * @param name snake_case verb_noun, at most 64 characters
 * @param toolset the group it belongs to
 * @param tier the access tier it needs
 * @param title human-readable name
 * @param description for a model: what it returns, when to use it, where ids come from
 * @param inputSchema flat object schema, a description per parameter (written by {@code input})
 * @param outputSchema schema of the structured result
 * @param annotations all four hints
 * @param longRunning whether it fans out or walks pages: it gets the longer analysis deadline and
 *     reports progress
 * @param input the declared parameters: they write {@code inputSchema} and prepare arguments
 * @param inDefault whether {@code --toolsets default} includes it with its toolset; a tool that
 *     another tool's parameter supersedes is left out to keep the default list small, and is still
 *     offered when its toolset is named
 * @param alwaysInDefault whether {@code --toolsets default} offers it even though its toolset is
 *     opt-in
 * @param formerNames names the tool had before; calls by them still reach it, lists do not show
 *     them
 */
public record ToolSpec(
    String name,
    Toolset toolset,
    AccessTier tier,
    String title,
    String description,
    ObjectNode inputSchema,
    ObjectNode outputSchema,
    ToolAnnotations annotations,
    boolean longRunning,
    Input input,
    boolean inDefault,
    boolean alwaysInDefault,
    List<String> formerNames) {

  public ToolSpec {
    Objects.requireNonNull(name);
    Objects.requireNonNull(toolset);
    Objects.requireNonNull(tier);
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    Objects.requireNonNull(inputSchema);
    Objects.requireNonNull(outputSchema);
    Objects.requireNonNull(annotations);
    Objects.requireNonNull(input);
    formerNames = List.copyOf(formerNames);
  }

  /** Whether {@code wanted} is this tool's name or one of its former names. */
  public boolean isCalled(String wanted) {
    return name.equals(wanted) || formerNames.contains(wanted);
  }

  public static Builder builder(String name, Toolset toolset, AccessTier tier) {
    return new Builder(name, toolset, tier);
  }

  /** Builds a {@link ToolSpec}. */
  public static final class Builder {
    private final String name;
    private final Toolset toolset;
    private final AccessTier tier;
    private String title;
    private String description;
    private Input input = Input.of();
    private ObjectNode output;
    private ToolAnnotations annotations;
    private boolean longRunning;
    private boolean inDefault = true;
    private boolean alwaysInDefault;
    private final List<String> formerNames = new ArrayList<>();

    private Builder(String name, Toolset toolset, AccessTier tier) {
      this.name = name;
      this.toolset = toolset;
      this.tier = tier;
    }

    public Builder title(String value) {
      this.title = value;
      return this;
    }

    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** The parameters; without them the tool takes no arguments. */
    public Builder input(Input value) {
      this.input = value;
      return this;
    }

    /** Optional parameters, none required. */
    public Builder input(Param<?>... params) {
      this.input = Input.of(params);
      return this;
    }

    public Builder output(ObjectNode value) {
      this.output = value;
      return this;
    }

    /** Reads from ilert; changes nothing. */
    public Builder readOnly() {
      this.annotations = ToolAnnotations.readOnly();
      return this;
    }

    /** Changes ilert state without destroying data. */
    public Builder write(boolean idempotent) {
      this.annotations = ToolAnnotations.write(idempotent);
      return this;
    }

    /** Changes ilert state and may overwrite or end something. */
    public Builder destructive(boolean idempotent) {
      this.annotations = ToolAnnotations.destructive(idempotent);
      return this;
    }

    /** Fans out or walks pages: gets the analysis deadline and reports progress. */
    public Builder longRunning() {
      this.longRunning = true;
      return this;
    }

    /** Offered by {@code --toolsets default} although its toolset is opt-in. */
    public Builder alwaysInDefault() {
      this.alwaysInDefault = true;
      return this;
    }

    /** Left out of {@code --toolsets default}; offered when its toolset is named. */
    public Builder outsideDefault() {
      this.inDefault = false;
      return this;
    }

    /** A name the tool had before: calls by it keep working; it is not listed. */
    public Builder formerName(String value) {
      this.formerNames.add(value);
      return this;
    }

    public ToolSpec build() {
      return new ToolSpec(
          name,
          toolset,
          tier,
          title,
          description,
          input.forTool(name).schema(),
          output,
          annotations,
          longRunning,
          input,
          inDefault,
          alwaysInDefault,
          formerNames);
    }
  }
}
