package org.ilertmcp.server.observe;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The audit trail: one record per write tool call on the {@value #LOGGER} logger, so an operator
 * can answer "what did the agents change today" by filtering one logger. With {@code --log-format
 * json} every field below is a JSON field of the line.
 */
public final class Audit {
  /** The audit logger's name. */
  public static final String LOGGER = "ilert.audit";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  /** Whether the write reached ilert. */
  public enum Effect {
    /** ilert accepted the change. */
    APPLIED,
    /** Nothing changed: refused before or by ilert. */
    NOT_APPLIED,
    /** It may or may not have changed: the answer was lost (timeout, broken connection, 5xx). */
    UNKNOWN;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether a person confirmed the write, and how; what the call did instead when not. */
  public enum Confirmation {
    /** The confirmation policy does not cover this call. */
    NOT_REQUIRED,
    /** A person accepted the preview (elicitation). */
    CONFIRMED,
    /** The caller presented the confirmation token a previous call returned with the preview. */
    CONFIRMED_BY_TOKEN,
    /** The person declined or cancelled; nothing changed. */
    DECLINED,
    /** The call asked for confirmation (input_required or a token) and changed nothing yet. */
    REQUESTED,
    /** Confirmation was needed but the client cannot ask a person; nothing changed. */
    UNCONFIRMED,
    /** A dry run: the preview was returned and nothing changed. */
    PREVIEWED,
    /** A repeat with the same idempotency key: the first result was returned again. */
    REPLAYED;

    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One write tool call. Fields are written in declaration order; a new field is one more component
   * and one more line in {@link #fields()}.
   *
   * @param tool the tool name
   * @param tier the access tier the tool needs
   * @param targets the arguments naming what it acted on (ids or names), by parameter
   * @param effect applied, not applied or unknown
   * @param outcome the call's outcome in detail, as in the tool-call metric ({@code ok}, {@code
   *     ilert_not_found}, ...)
   * @param confirmation whether a person confirmed it, or what happened instead
   * @param keyFingerprint the caller's key fingerprint, never the key
   * @param clientName the client's name from {@code initialize}, or {@code unknown}
   * @param clientVersion the client's version from {@code initialize}, or {@code unknown}
   * @param correlationId the id the call's log lines carry
   * @param durationMs how long the call took
   */
  public record Record(
      String tool,
      String tier,
      Map<String, String> targets,
      Effect effect,
      String outcome,
      Confirmation confirmation,
      String keyFingerprint,
      String clientName,
      String clientVersion,
      String correlationId,
      long durationMs) {

    public Record {
      targets = Map.copyOf(targets);
    }

    /** The record's fields in a stable order, as written. */
    public Map<String, Object> fields() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("event", "tool_write");
      out.put("tool", tool);
      out.put("tier", tier);
      out.put("targets", new java.util.TreeMap<>(targets));
      out.put("effect", effect.wireName());
      out.put("outcome", outcome);
      out.put("confirmation", confirmation.wireName());
      out.put("key_fingerprint", keyFingerprint);
      out.put("client_name", clientName);
      out.put("client_version", clientVersion);
      out.put("correlation_id", correlationId);
      out.put("duration_ms", durationMs);
      return out;
    }
  }

  private Audit() {}

  /**
   * Writes one record. The line carries exactly the record's fields: the logging context (which
   * holds the same correlation id) is set aside while it is written, so no field appears twice.
   */
  public static void write(Record record) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    MDC.clear();
    try {
      LoggingEventBuilder line = LOG.atInfo();
      record.fields().forEach(line::addKeyValue);
      line.log(
          "{} {} ({}, {})",
          record.tool(),
          record.effect().wireName(),
          record.outcome(),
          record.confirmation().wireName());
    } finally {
      if (context != null) {
        MDC.setContextMap(context);
      }
    }
  }
}
