package org.ilertmcp.server.cli;

import org.ilertmcp.server.observe.Logging;
import picocli.CommandLine.Option;

/** How the server logs: always to stderr, as text or JSON lines. */
public final class LogOptions {
  @Option(
      names = "--log-format",
      defaultValue = "${env:ILERT_LOG_FORMAT:-text}",
      description =
          "Log lines on stderr as text or json (one object per line with time, level, logger,"
              + " message, correlation_id, tool, outcome, duration_ms, key_fingerprint). Env"
              + " ILERT_LOG_FORMAT. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--log-level",
      defaultValue = "${env:ILERT_LOG_LEVEL:-info}",
      description =
          "Least severe level logged: trace, debug, info, warn or error. Env ILERT_LOG_LEVEL."
              + " Default: ${DEFAULT-VALUE}.")
  String level;

  /** Configures logging; call first thing in a command. */
  void apply() {
    Logging.configure(Logging.Format.parse(format), level);
  }
}
