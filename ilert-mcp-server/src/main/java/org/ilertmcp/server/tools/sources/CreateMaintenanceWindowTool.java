package org.ilertmcp.server.tools.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.client.common.IdRef;
import org.ilertmcp.client.maintenance.MaintenanceWindow;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Names;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tools.sources.ListMaintenanceWindowsTool.WindowAt;

/** {@code create_maintenance_window}: silence sources and mark services under maintenance. */
public final class CreateMaintenanceWindowTool implements WriteTool {
  static final Param<String> SUMMARY = Param.text("summary", "What is being maintained.");

  static final Param<Instant> START = Param.instant("start", "ISO-8601 with zone, or now.");

  static final Param<Instant> END = Param.instant("end", "ISO-8601 with zone.");

  static final Param<Integer> DURATION_MINUTES =
      Param.integer("duration_minutes", "Instead of end.", 1, 44640, 60);

  static final Param<String> DESCRIPTION = Param.text("description", "Details.");

  private static final Shape<WindowAt> RESULT =
      Shape.<WindowAt>object()
          .object("maintenance_window", ListMaintenanceWindowsTool.WINDOW, w -> w)
          .required("maintenance_window")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("create_maintenance_window", Toolset.SOURCES, AccessTier.MANAGE)
        .title("Create maintenance window")
        .description(
            "Create a maintenance window: from start to end its alert sources raise no alerts and"
                + " its services show maintenance on status pages. Services and sources by id or"
                + " name (list_services, list_alert_sources). Returns the window.")
        .input(
            Input.of(
                    SUMMARY,
                    START,
                    END,
                    DURATION_MINUTES,
                    Params.SERVICES,
                    Params.ALERT_SOURCES,
                    DESCRIPTION)
                .required(SUMMARY, START))
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
    MaintenanceWindow w = body(call, call.clock().instant());
    List<String> what = new ArrayList<>();
    if (!w.alertSources().isEmpty()) {
      what.add(
          "alert sources "
              + named(
                  call.args().get(Params.ALERT_SOURCES),
                  v -> call.names().namedAlertSource(call.ctx(), v))
              + " raise no alerts");
    }
    if (!w.services().isEmpty()) {
      what.add(
          "services "
              + named(
                  call.args().get(Params.SERVICES), v -> call.names().namedService(call.ctx(), v))
              + " show maintenance on status pages");
    }
    return Preview.of(
            "Create maintenance window "
                + Text.quote(w.summary())
                + ": from "
                + Times.iso(w.start())
                + " to "
                + Times.iso(w.end())
                + " "
                + String.join(" and ", what)
                + ".")
        .irreversible(
            "alerts its sources would have raised during the window are not raised later.");
  }

  private static String named(List<String> given, Function<String, Names.Named> lookup) {
    return given.stream()
        .map(lookup)
        .distinct()
        .map(Names.Named::quoted)
        .collect(Collectors.joining(", "));
  }

  @Override
  public ToolResult call(IlertCall call) {
    Instant now = call.clock().instant();
    MaintenanceWindow body = body(call, now);
    MaintenanceWindow created = call.client().maintenanceWindows().create(call.ctx(), body);
    return Output.of(RESULT.view(new WindowAt(created, now)), call.maxResultTokens());
  }

  /** The window the arguments ask for, checked. */
  private static MaintenanceWindow body(IlertCall call, Instant now) {
    Args args = call.args();
    Instant start = args.get(START);
    Instant end = end(args, start, call);
    Times.ordered("start", start, "end", end);
    if (!end.isAfter(now)) {
      throw new ToolInputException("end must be in the future; +2h or 'in 2h' is ahead.");
    }
    List<IdRef> services =
        args.get(Params.SERVICES).stream()
            .map(v -> IdRef.of(call.names().service(call.ctx(), v)))
            .toList();
    List<IdRef> sources =
        args.get(Params.ALERT_SOURCES).stream()
            .map(v -> IdRef.of(call.names().alertSource(call.ctx(), v)))
            .toList();
    if (services.isEmpty() && sources.isEmpty()) {
      throw new ToolInputException("Give at least one of services or alert_sources.");
    }
    MaintenanceWindow body =
        new MaintenanceWindow(
            null,
            args.get(SUMMARY),
            args.find(DESCRIPTION).orElse(null),
            "UTC",
            start,
            end,
            sources,
            services,
            null,
            null);
    return body;
  }

  private static Instant end(Args args, Instant start, IlertCall call) {
    if (args.has(END) == args.has(DURATION_MINUTES)) {
      throw new ToolInputException("Give exactly one of end or duration_minutes.");
    }
    return args.has(END)
        ? args.get(END)
        : start.plus(Duration.ofMinutes(args.get(DURATION_MINUTES)));
  }
}
