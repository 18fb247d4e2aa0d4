package org.ilertmcp.server.tools.analysis.changes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.FanOut;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tools.analysis.changes.RecentChanges.Changes;
import org.ilertmcp.server.tools.analysis.changes.RecentChanges.Window;

/**
 * {@code find_recent_changes}: what changed around an alert, or for a service, team, alert source
 * or deployment pipeline — ilert pipelines of the scope's teams, and GitHub commits, releases and
 * deployments when GitHub is configured ({@link RecentChanges}).
 */
public final class FindRecentChangesTool implements IlertTool {
  static final Param<Long> ALERT_ID = Params.ALERT_ID.describedAs("Alert id.");

  static final Param<Instant> FROM = Params.FROM.describedAs("Start: ISO-8601 or 24h.");

  static final Param<Instant> UNTIL = Params.UNTIL.describedAs("End: ISO-8601 or now.");

  /** The scopes named by entity: service, team, alert source or pipeline. */
  private static final List<Param<String>> NAMED_SCOPES =
      List.of(Params.SERVICE, Params.TEAM, Params.ALERT_SOURCE, Params.PIPELINE);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("find_recent_changes", Toolset.ANALYSIS, AccessTier.READ)
        .title("Find recent changes")
        .description(
            "Changes around an alert, or for one service, team, alert source or pipeline: its teams' deployment pipelines and, with GitHub configured, commits, releases, deployments. Window: alert -24h..+1h, else 24h; max 14d.")
        .input(
            Input.of(
                ALERT_ID,
                Params.SERVICE,
                Params.TEAM,
                Params.ALERT_SOURCE,
                Params.PIPELINE,
                FROM,
                UNTIL))
        .output(RESULT.schema())
        .readOnly()
        .longRunning()
        .build();
  }

  /** The section and what could not be read for it. */
  private record Result(Changes changes, List<FanOut.Missing> missing) {}

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .fields(RecentChanges.SECTION, Result::changes)
          .list("missing", FanOut.MISSING, Result::missing)
          .itemsUnlisted()
          .build();

  @Override
  public ToolResult call(IlertCall call) {
    String scope = scope(call.args());
    Result result;
    try (FanOut reads = new FanOut(call)) {
      Changes changes = section(call, reads, scope);
      result = new Result(changes, reads.missing());
    }
    return Output.sections(RESULT.view(result), call.maxResultTokens(), RecentChanges.cutOrder(""));
  }

  private static Changes section(IlertCall call, FanOut reads, String scope) {
    Args args = call.args();
    if (scope.equals("alert_id")) {
      return alert(call, reads, args.get(ALERT_ID));
    }
    Window w = window(call, Optional.empty()); // checked before any read
    Param<String> named =
        NAMED_SCOPES.stream().filter(p -> p.name().equals(scope)).findFirst().orElseThrow();
    String value = args.get(named);
    return switch (scope) {
      case "service" ->
          RecentChanges.forService(
              call, reads, call.names().service(call.ctx(), value), w.from(), w.until());
      case "team" ->
          RecentChanges.forTeam(
              call, reads, call.names().team(call.ctx(), value), w.from(), w.until());
      case "alert_source" ->
          RecentChanges.forAlertSource(
              call, reads, call.names().alertSource(call.ctx(), value), w.from(), w.until());
      default ->
          RecentChanges.forPipeline(
              call, reads, call.names().deploymentPipeline(call.ctx(), value), w.from(), w.until());
    };
  }

  /**
   * An alert's default window needs its report time, so only the times' syntax is checked first.
   */
  private static Changes alert(IlertCall call, FanOut reads, long id) {
    call.args().find(FROM);
    call.args().find(UNTIL);
    Alert alert = call.client().alerts().get(call.ctx(), id, List.of());
    Window w = window(call, Optional.ofNullable(alert.reportTime()));
    return RecentChanges.forAlert(call, reads, alert, w.from(), w.until());
  }

  /** Exactly one scope argument. */
  private static String scope(Args args) {
    List<String> given = new java.util.ArrayList<>();
    if (args.has(ALERT_ID)) {
      given.add(ALERT_ID.name());
    }
    NAMED_SCOPES.stream().filter(args::has).forEach(p -> given.add(p.name()));
    if (given.size() != 1) {
      throw new ToolInputException(
          "Pass exactly one of alert_id, service, team, alert_source or pipeline"
              + (given.isEmpty() ? "." : "; got " + String.join(", ", given) + "."));
    }
    return given.get(0);
  }

  /**
   * {@code from}/{@code until}, defaulting around the alert's report time or to the last 24 h; at
   * most {@link RecentChanges#MAX_WINDOW}.
   */
  private static Window window(IlertCall call, Optional<Instant> reported) {
    Args args = call.args();
    Optional<Instant> from = args.find(FROM);
    Optional<Instant> until = args.find(UNTIL);
    Window fallback =
        reported
            .map(Window::aroundAlert)
            .orElseGet(
                () -> {
                  Instant now = call.clock().instant();
                  return new Window(now.minus(RecentChanges.DEFAULT_WINDOW), now);
                });
    Instant end = until.orElse(fallback.until());
    Instant start =
        from.orElse(until.isPresent() ? end.minus(RecentChanges.DEFAULT_WINDOW) : fallback.from());
    Times.ordered("from", start, "until", end);
    if (Duration.between(start, end).compareTo(RecentChanges.MAX_WINDOW) > 0) {
      throw new ToolInputException(
          "The window may be at most 14 days; narrow from/until (e.g. from 7d).");
    }
    return new Window(start, end);
  }
}
