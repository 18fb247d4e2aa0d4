package org.ilertmcp.bench;

import java.util.EnumSet;
import java.util.Set;

/** The server implementations compared, and which modes each offers. */
enum Impl {
  OURS("ours (mcp-core)", EnumSet.allOf(Mode.class)),
  /** The SDK's servers speak 2025-11-25 only. */
  JAVA_SDK("Java SDK 2.1.0", EnumSet.of(Mode.SESSION, Mode.STATELESS, Mode.STDIO)),
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

  /**
   * The mode a reference is compared in when it lacks {@code mode}: 2026-07-28 echo calls against
   * the reference's stateless (else session) 2025-11-25 calls, the same work per call.
   */
  Mode comparable(Mode mode) {
    if (supports(mode) || mode != Mode.MODERN) {
      return mode; // a reference without a legacy mode stays n/a in that row
    }
    return supports(Mode.STATELESS) ? Mode.STATELESS : Mode.SESSION;
  }
}
