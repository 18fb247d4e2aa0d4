package org.ilertmcp.server.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Numbered steps of a prompt, each naming one tool by its catalogue name; steps whose tool this
 * server does not offer are left out, so a prompt never points the model at a missing tool.
 */
final class ToolSteps {
  private final Set<String> offered;
  private final List<String> lines = new ArrayList<>();

  ToolSteps(Set<String> offered) {
    this.offered = offered;
  }

  /** Adds "`tool` — what for" if the tool is offered. */
  ToolSteps step(String tool, String what) {
    if (offered.contains(tool)) {
      lines.add("`" + tool + "` " + what);
    }
    return this;
  }

  /** Adds a step without a tool. */
  ToolSteps note(String text) {
    lines.add(text);
    return this;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(i + 1).append(". ").append(lines.get(i)).append('\n');
    }
    return out.toString();
  }
}
