package org.ilertmcp.mcp.tool;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the arguments a client sent into the form the input schema describes, before they are
 * validated: coercion of unambiguous input ({@code "5"} for 5, a single value for a list) and
 * errors that name the fix (an unknown argument and the name that was probably meant).
 */
@FunctionalInterface
public interface ArgumentPreparer {

  /**
   * The prepared arguments (a new object or {@code arguments} itself).
   *
   * @throws InvalidArgumentsException with one actionable sentence when they cannot be used
   */
  ObjectNode prepare(ObjectNode arguments);

  /** Leaves the arguments as they are. */
  ArgumentPreparer NONE = arguments -> arguments;
}
