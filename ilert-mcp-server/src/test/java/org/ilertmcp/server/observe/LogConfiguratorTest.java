package org.ilertmcp.server.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import org.ilertmcp.mcp.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The logging configuration made in code: what a line looks like in each format. */
class LogConfiguratorTest {
  @Test
  void jsonLinesCarryTheNamedFieldsAndTheMdc() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    LogConfigurator.apply(context, Logging.Format.JSON, Level.INFO);
    context.getMDCAdapter().put(ToolCalls.CORRELATION_ID, "c0ffee");
    JsonNode line = Json.parse(encode(context, Level.INFO, "tool call {} ok", "get_alert"));
    assertThat(line.path("message").asString()).isEqualTo("tool call get_alert ok");
    assertThat(line.path("level").asString()).isEqualTo("INFO");
    assertThat(line.path("logger").asString()).isEqualTo("org.ilertmcp.tools");
    assertThat(line.path("time").asString()).endsWith("Z");
    assertThat(line.path(ToolCalls.CORRELATION_ID).asString()).isEqualTo("c0ffee");
    assertThat(line.has("@version")).isFalse();
    assertThat(line.has("level_value")).isFalse();
  }

  @Test
  void textLinesGoToStderrAtTheChosenLevelAndJettyStaysQuiet() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    LogConfigurator.apply(context, Logging.Format.TEXT, Level.WARN);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getLevel()).isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.eclipse.jetty").getLevel()).isEqualTo(Level.WARN);
    assertThat(((ConsoleAppender<ILoggingEvent>) stderr(context)).getTarget())
        .isEqualTo("System.err");
    assertThat(encode(context, Level.WARN, "ilert is slow", null))
        .matches(
            "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z WARN  .* - ilert is slow .*\\R");
  }

  private static String encode(LoggerContext context, Level level, String message, Object arg) {
    Logger logger = context.getLogger("org.ilertmcp.tools");
    ILoggingEvent event =
        new LoggingEvent(
            Logger.class.getName(),
            logger,
            level,
            message,
            null,
            arg == null ? null : new Object[] {arg});
    return new String(stderr(context).getEncoder().encode(event), StandardCharsets.UTF_8);
  }

  private static OutputStreamAppender<ILoggingEvent> stderr(LoggerContext context) {
    return (OutputStreamAppender<ILoggingEvent>)
        context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
  }
}
