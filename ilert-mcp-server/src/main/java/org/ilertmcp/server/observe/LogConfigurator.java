package org.ilertmcp.server.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Locale;
import net.logstash.logback.encoder.LogstashEncoder;
import net.logstash.logback.fieldnames.LogstashFieldNames;

/**
 * The logging configuration, in code: one appender on stderr (stdout carries only protocol messages
 * in stdio mode), text lines by default, JSON lines for {@code --log-format json}; Jetty at warn;
 * the root level from {@code ILERT_LOG_LEVEL} until {@link Logging#configure} applies the option.
 * Logback finds it through {@code META-INF/services} before it would look for an XML file; its XML
 * configurator alone loaded some 600 classes, an XML parser among them, before a stdio server could
 * answer {@code initialize}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {
  /**
   * Text lines: UTC time ({@code %d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC}}, written by {@link
   * UtcTimestampConverter}), level, logger, message, then key-value pairs and the MDC.
   */
  static final String TEXT_PATTERN =
      "%" + UtcTimestampConverter.WORD + " %-5level %logger{24} - %msg %kvp %mdc%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    String env = System.getenv("ILERT_LOG_LEVEL");
    Level level = env == null ? Level.INFO : Level.toLevel(env.trim(), Level.INFO);
    apply(context, Logging.Format.TEXT, level);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Replaces whatever {@code context} had with the stderr appender in {@code format}. */
  static void apply(LoggerContext context, Logging.Format format, Level level) {
    context.reset();
    context.getStatusManager().add(new NopStatusListener());
    Encoder<ILoggingEvent> encoder =
        format == Logging.Format.JSON ? jsonEncoder(context) : textEncoder(context);
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName("STDERR");
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(level);
    root.addAppender(appender);
    context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
  }

  private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
    PatternLayout layout = new PatternLayout();
    layout.setContext(context);
    layout.getInstanceConverterMap().put(UtcTimestampConverter.WORD, UtcTimestampConverter::new);
    layout.setPattern(TEXT_PATTERN);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    return encoder;
  }

  /** One object per line: time, level, logger, message, thread, the MDC and key-value pairs. */
  private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
    LogstashEncoder encoder = new LogstashEncoder();
    encoder.setContext(context);
    encoder.setTimeZone("UTC");
    LogstashFieldNames names = encoder.getFieldNames();
    names.setTimestamp("time");
    names.setLogger("logger");
    names.setThread("thread");
    names.setVersion("[ignore]");
    names.setLevelValue("[ignore]");
    encoder.start();
    return encoder;
  }

  static Level level(String value) {
    return Level.toLevel(value.trim().toUpperCase(Locale.ROOT), null);
  }
}
