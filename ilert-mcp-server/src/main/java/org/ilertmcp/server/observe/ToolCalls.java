package org.ilertmcp.server.observe;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.server.McpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every tool call leaves behind: a log line (tool, outcome, duration, correlation id, key
 * fingerprint), the {@code mcp.server.operation.duration} metric, and for a write an {@link Audit}
 * record. While a call runs, its correlation id, key fingerprint and tool name are in the logging
 * MDC, so every line it logs on its thread carries them.
 */
public final class ToolCalls {
  /** MDC key of the call's correlation id: the one the dispatcher gave the request. */
  public static final String CORRELATION_ID = McpServer.CORRELATION_ID;

  /** MDC key of the caller's key fingerprint. */
  public static final String KEY_FINGERPRINT = "key_fingerprint";

  /** MDC key of the tool name. */
  public static final String TOOL = "tool";

  private static final Logger LOG = LoggerFactory.getLogger("org.ilertmcp.tools");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Metrics metrics;

  /**
   * @param metrics where call metrics go, or null for none (stdio without metrics, tests)
   */
  public ToolCalls(Metrics metrics) {
    this.metrics = metrics;
  }

  /** Records nothing but logs; for servers without metrics. */
  public static ToolCalls logOnly() {
    return new ToolCalls(null);
  }

  /**
   * A call's outcome: its metric and log name, and what it means for a write.
   *
   * @param name {@code ok}, {@code tool_error}, {@code bad_arguments}, {@code cancelled}, {@code
   *     internal_error} or {@code ilert_<kind>}: a fixed set, safe as a metric label
   * @param effect whether a write reached ilert
   */
  public record Outcome(String name, Audit.Effect effect) {
    public static final Outcome OK = new Outcome("ok", Audit.Effect.APPLIED);
    public static final Outcome TOOL_ERROR = new Outcome("tool_error", Audit.Effect.NOT_APPLIED);
    public static final Outcome BAD_ARGUMENTS =
        new Outcome("bad_arguments", Audit.Effect.NOT_APPLIED);
    public static final Outcome CANCELLED = new Outcome("cancelled", Audit.Effect.UNKNOWN);
    public static final Outcome INTERNAL_ERROR =
        new Outcome("internal_error", Audit.Effect.UNKNOWN);
  }

  /**
   * Starts observing one call.
   *
   * @param tool the tool name
   * @param tier the tier it needs
   * @param write whether it changes ilert (an audit record follows)
   */
  public Call start(
      String tool, String tier, boolean write, RequestContext request, ObjectNode arguments) {
    String correlationId = MDC.get(CORRELATION_ID);
    boolean ownsCorrelation = correlationId == null;
    if (ownsCorrelation) {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      correlationId = HexFormat.of().formatHex(bytes);
      MDC.put(CORRELATION_ID, correlationId);
    }
    String fingerprint = KeyFingerprint.of(request.credential());
    MDC.put(KEY_FINGERPRINT, fingerprint);
    MDC.put(TOOL, tool);
    if (metrics != null) {
      metrics.toolCallStarted();
    }
    return new Call(
        tool, tier, write, request, arguments, correlationId, fingerprint, ownsCorrelation);
  }

  /** One running call; {@link #finish} exactly once. */
  public final class Call {
    private final String tool;
    private final String tier;
    private final boolean write;
    private final RequestContext request;
    private final ObjectNode arguments;
    private final String correlationId;
    private final String fingerprint;
    private final boolean ownsCorrelation;
    private final long start = System.nanoTime();
    private volatile Audit.Confirmation confirmation = Audit.Confirmation.NOT_REQUIRED;

    private Call(
        String tool,
        String tier,
        boolean write,
        RequestContext request,
        ObjectNode arguments,
        String correlationId,
        String fingerprint,
        boolean ownsCorrelation) {
      this.tool = tool;
      this.tier = tier;
      this.write = write;
      this.request = request;
      this.arguments = arguments;
      this.correlationId = correlationId;
      this.fingerprint = fingerprint;
      this.ownsCorrelation = ownsCorrelation;
    }

    public String correlationId() {
      return correlationId;
    }

    /** Records whether a person confirmed this write (or what happened instead) for the audit. */
    public void confirmation(Audit.Confirmation value) {
      this.confirmation = value;
    }

    /** Logs, measures and audits the call, then clears what {@link #start} put in the MDC. */
    public void finish(Outcome outcome) {
      long nanos = System.nanoTime() - start;
      long ms = nanos / 1_000_000;
      try {
        LOG.atInfo()
            .addKeyValue("outcome", outcome.name())
            .addKeyValue("duration_ms", ms)
            .log("tool call {} {} in {} ms", tool, outcome.name(), ms);
        if (metrics != null) {
          metrics.toolCall(tool, outcome.name(), nanos);
        }
      } finally {
        MDC.remove(TOOL);
        MDC.remove(KEY_FINGERPRINT);
        if (ownsCorrelation) {
          MDC.remove(CORRELATION_ID);
        }
      }
      if (write) {
        Session session = request.session();
        JsonNode info = session == null ? null : session.clientInfo();
        Audit.write(
            new Audit.Record(
                tool,
                tier,
                targets(arguments),
                outcome.effect(),
                outcome.name(),
                confirmation,
                fingerprint,
                text(info, "name"),
                text(info, "version"),
                correlationId,
                ms));
      }
    }
  }

  /**
   * The arguments that name what a write acts on: ids ({@code *_id}, {@code *_ids}) and the
   * parameters that take an id or a name of an ilert object. Free text (summaries, messages,
   * comments, bodies) is left out of the audit trail.
   */
  static Map<String, String> targets(ObjectNode arguments) {
    Map<String, String> out = new LinkedHashMap<>();
    if (arguments == null) {
      return out;
    }
    for (Map.Entry<String, JsonNode> field : arguments.properties()) {
      String name = field.getKey();
      if (isTarget(name) && !field.getValue().isNull()) {
        JsonNode value = field.getValue();
        out.put(name, clean(value.isValueNode() ? value.asString() : value.toString(), 200));
      }
    }
    return out;
  }

  private static boolean isTarget(String parameter) {
    return parameter.endsWith("_id")
        || parameter.endsWith("_ids")
        || switch (parameter) {
          case "user",
              "users",
              "teams",
              "team",
              "schedule",
              "escalation_policy",
              "service",
              "services",
              "alert_source",
              "alert_sources",
              "pipeline",
              "action",
              "status_page",
              "method",
              "path" ->
              true;
          default -> false;
        };
  }

  private static String text(JsonNode info, String field) {
    if (info == null) {
      return "unknown";
    }
    JsonNode value = info.get(field);
    return value == null || !value.isString() || value.stringValue().isBlank()
        ? "unknown"
        : clean(value.stringValue(), 64);
  }

  /** Client-supplied text in a log line: no control characters, bounded length. */
  private static String clean(String text, int max) {
    String printable = text.replaceAll("\\p{Cntrl}", " ");
    return printable.length() <= max ? printable : printable.substring(0, max) + "…";
  }
}
