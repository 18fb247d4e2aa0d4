package org.ilertmcp.bench;

import java.util.EnumSet;
import java.util.Set;

/** The server implementations compared, and which modes each offers. */
enum Impl {
  OURS("ours (mcp-core)", EnumSet.allOf(Mode.class)),
  JAVA_SDK("Java SDK 2.1.0", EnumSet.allOf(Mode.class)),
  /** server-everything only ships a session-mode HTTP transport (and stdio). */
  TS_SDK("TS server-everything", EnumSet.of(Mode.SESSION, Mode.STDIO));

  private final String label;
  private final Set<Mode> modes;

  Impl(String label, Set<Mode> modes) {
    this.label = label;
    this.modes = modes;
  }

  String label() {
    return label;
  }

  boolean supports(Mode mode) {
    return modes.contains(mode);
  }
}
