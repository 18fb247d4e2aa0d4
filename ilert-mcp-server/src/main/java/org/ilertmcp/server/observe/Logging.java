package org.ilertmcp.server.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the log format and level at start. Text is what {@link LogConfigurator} sets up when
 * logging starts; JSON replaces its encoder. Both write to stderr only.
 */
public final class Logging {
  /** The log line formats of {@code --log-format}. */
  public enum Format {
    TEXT,
    JSON;

    /** Parses {@code text} or {@code json} in any case; anything else is a configuration error. */
    public static Format parse(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--log-format must be text or json, not '" + value + "'");
      }
    }
  }

  private Logging() {}

  /** Applies {@code format} and {@code level} (trace, debug, info, warn, error). */
  public static void configure(Format format, String level) {
    Level parsed = LogConfigurator.level(level);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "--log-level must be trace, debug, info, warn or error, not '" + level + "'");
    }
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another backend (tests may bring one): leave it as configured
    }
    if (format == Format.JSON) {
      LogConfigurator.apply(context, format, parsed);
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(parsed);
  }
}
