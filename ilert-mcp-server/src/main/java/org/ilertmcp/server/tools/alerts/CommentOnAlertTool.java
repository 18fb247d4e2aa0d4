package org.ilertmcp.server.tools.alerts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.alerts.AlertStatus;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.events.Event;
import org.ilertmcp.client.events.EventReceipt;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tool.output.Views;

/**
 * {@code comment_on_alert}: ilert's REST API has no comment endpoint for API keys; comments go
 * through the events API ({@code eventType: COMMENT}), authenticated by the alert source's
 * integration key and aimed by alert key at the source's most recent open alert with that key. So
 * this reads the source's integration key with the caller's key (never shown), checks that the
 * comment would land on this very alert, and sends the event. The key is never returned.
 */
public final class CommentOnAlertTool implements WriteTool {
  static final Param<String> COMMENT = Param.text("comment", "Comment text.");

  /** A comment sent to ilert, which queues it. */
  private record Commented(long alertId, String comment, String author, String responseCode) {}

  private static final Shape<Commented> RESULT =
      Shape.<Commented>object()
          .integer("alert_id", Commented::alertId)
          .string("comment", Commented::comment)
          .string("author", Commented::author)
          .string("status", c -> "queued")
          .string("response_code", Commented::responseCode)
          .unlisted()
          .required("alert_id", "status")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("comment_on_alert", Toolset.ALERTS, AccessTier.RESPOND)
        .title("Comment on alert")
        .description(
            "Comment on an open alert's timeline (queued; see get_alert_timeline). ilert takes comments by alert key only: needs an alert_key and a key that may read the source's integration key.")
        .input(Input.of(Params.ALERT_ID, COMMENT).required(Params.ALERT_ID, COMMENT))
        .output(RESULT.schema())
        .write(false)
        .build();
  }

  @Override
  public boolean creates() {
    return true;
  }

  @Override
  public Preview preview(IlertCall call) {
    Alert alert =
        call.client().alerts().get(call.ctx(), call.args().get(Params.ALERT_ID), List.of());
    return Preview.of(
            "Add to the timeline of "
                + Views.alertLabel(alert)
                + " the comment "
                + Text.quote(call.args().get(COMMENT))
                + ".")
        .irreversible("ilert offers API keys no way to edit or delete a comment.");
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(Params.ALERT_ID);
    String comment = call.args().get(COMMENT);
    CallContext ctx = call.ctx();
    Alert alert = call.client().alerts().get(ctx, id, List.of());
    String integrationKey = integrationKey(call, checkTarget(call, alert));
    User me = call.lookups().currentUser(ctx);
    String author = Optional.ofNullable(Views.fullName(me.firstName(), me.lastName())).orElse("");
    Event event = Event.comment(integrationKey, alert.alertKey(), alert.summary(), author, comment);
    EventReceipt receipt = call.client().events().send(ctx, event);
    return Output.of(
        RESULT.view(
            new Commented(id, comment, author.isEmpty() ? null : author, receipt.responseCode())),
        call.maxResultTokens());
  }

  /** Fails unless a COMMENT event by the alert's key would reach this alert; returns its source. */
  private static long checkTarget(IlertCall call, Alert alert) {
    if (AlertStatus.RESOLVED.is(alert.status())) {
      throw new ToolInputException(
          "Alert " + alert.id() + " is resolved; ilert accepts comments only on open alerts.");
    }
    String key = normalise(alert.alertKey());
    if (key == null || alert.alertSource() == null) {
      throw new ToolInputException(
          "Alert "
              + alert.id()
              + " has no alert_key, and ilert can comment only by alert key;"
              + " there is no other comment API for API keys.");
    }
    long source = alert.alertSource().id();
    AlertQuery open = AlertQuery.open().withSources(List.of(source));
    Optional<Alert> latest =
        call.client().alerts().listAll(call.ctx(), open, 1000).stream()
            .filter(a -> key.equals(normalise(a.alertKey())))
            .max(Comparator.comparing(Alert::reportTime).thenComparing(Alert::id));
    if (latest.isPresent() && !latest.get().id().equals(alert.id())) {
      throw new ToolInputException(
          "A comment by alert key would reach alert "
              + latest.get().id()
              + ", the newest open"
              + " alert with the same key, not alert "
              + alert.id()
              + "; comment on that one.");
    }
    return source;
  }

  private static String integrationKey(IlertCall call, long source) {
    String key =
        call.client()
            .alertSources()
            .get(call.ctx(), Long.toString(source), List.of())
            .integrationKey();
    if (key == null || key.isBlank()) {
      throw new ToolInputException(
          "This API key may not read the integration key of the alert's source, which ilert"
              + " requires for comments; use a key whose user can manage alert sources.");
    }
    return key;
  }

  private static String normalise(String alertKey) {
    return alertKey == null || alertKey.isBlank() ? null : alertKey.trim().toLowerCase(Locale.ROOT);
  }
}
