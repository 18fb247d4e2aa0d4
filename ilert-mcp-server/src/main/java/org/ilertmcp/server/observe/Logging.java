package org.ilertmcp.server.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.net.URL;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the log format and level at start. Text is logback's default configuration ({@code
 * logback.xml}); JSON loads {@code logback-json.xml}. Both write to stderr only.
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
    Level parsed = Level.toLevel(level.trim().toUpperCase(Locale.ROOT), null);
    if (parsed == null) {
      throw new IllegalArgumentException(
          "--log-level must be trace, debug, info, warn or error, not '" + level + "'");
    }
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another backend (tests may bring one): leave it as configured
    }
    if (format == Format.JSON) {
      URL json = Logging.class.getResource("logback-json.xml");
      context.reset();
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      try {
        configurator.doConfigure(json);
      } catch (JoranException e) {
        throw new IllegalStateException("could not load the JSON log configuration", e);
      }
    }
    context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(parsed);
  }
}
