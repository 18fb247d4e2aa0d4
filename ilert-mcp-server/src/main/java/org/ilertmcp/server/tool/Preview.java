package org.ilertmcp.server.tool;

import java.util.Objects;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a write would do, worked out without doing it: the text a person confirms and the answer of
 * a dry run. Each write tool builds its own from the arguments and what it reads from ilert.
 *
 * @param change what changes, in one or two sentences naming the objects by name and id
 * @param notifies who is notified and how (e-mail, push, chat), or null when nobody is
 * @param notifiedCount how many people or subscribers are notified, or null when unknown or none
 * @param irreversible what cannot be undone afterwards, or null when everything can
 * @param highImpact whether this particular call is one the default confirmation policy covers when
 *     the rule for its tool depends on the call (a HIGH alert, notified subscribers)
 */
public record Preview(
    String change,
    String notifies,
    Integer notifiedCount,
    String irreversible,
    boolean highImpact) {

  public Preview {
    Objects.requireNonNull(change, "change");
  }

  /** A change that notifies nobody, can be undone and is not high-impact by itself. */
  public static Preview of(String change) {
    return new Preview(change, null, null, null, false);
  }

  /** The same, notifying {@code who} ({@code count} of them when known). */
  public Preview notifying(String who, Integer count) {
    return new Preview(change, who, count, irreversible, highImpact);
  }

  /** The same, saying what cannot be undone. */
  public Preview irreversible(String what) {
    return new Preview(change, notifies, notifiedCount, what, highImpact);
  }

  /** The same, marked high-impact (or not). */
  public Preview highImpact(boolean value) {
    return new Preview(change, notifies, notifiedCount, irreversible, value);
  }

  /** The preview as a person reads it: what changes, who is notified, what cannot be undone. */
  public String message() {
    StringBuilder out = new StringBuilder(change);
    if (notifies != null) {
      out.append("\nNotified: ").append(notifies);
      if (notifiedCount != null) {
        out.append(" (").append(notifiedCount).append(')');
      }
      out.append('.');
    }
    if (irreversible != null) {
      out.append("\nCannot be undone: ").append(irreversible);
    }
    return out.toString();
  }

  /** The structured form inside a result's {@code preview} field. */
  public ObjectNode toJson() {
    ObjectNode out = Json.object().put("change", change);
    if (notifies != null) {
      out.put("notifies", notifies);
    }
    if (notifiedCount != null) {
      out.put("notified_count", notifiedCount);
    }
    if (irreversible != null) {
      out.put("irreversible", irreversible);
    }
    return out.put("high_impact", highImpact);
  }
}
