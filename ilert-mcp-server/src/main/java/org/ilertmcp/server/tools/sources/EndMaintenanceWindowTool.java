package org.ilertmcp.server.tools.sources;

import java.time.Instant;
import org.ilertmcp.client.maintenance.MaintenanceWindow;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import org.ilertmcp.server.tools.sources.ListMaintenanceWindowsTool.WindowAt;

/**
 * {@code end_maintenance_window}: an active window gets its end set to now (kept as history); a
 * window that has not started is deleted; an ended one is left alone.
 */
public final class EndMaintenanceWindowTool implements WriteTool {
  static final Param<Long> MAINTENANCE_WINDOW_ID =
      Param.id("maintenance_window_id", "Window id (list_maintenance_windows).");

  /** What was done and the window as it stands. */
  private record Result(String action, WindowAt window) {}

  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .string("action", Result::action)
          .object("maintenance_window", ListMaintenanceWindowsTool.WINDOW, Result::window)
          .required("action")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("end_maintenance_window", Toolset.SOURCES, AccessTier.MANAGE)
        .title("End maintenance window")
        .description(
            "End a maintenance window now so its sources alert again: an active window's end is"
                + " set to now (kept as history); a window not yet started is deleted; an ended one"
                + " is unchanged. Id from list_maintenance_windows. Returns action and window.")
        .input(Input.of(MAINTENANCE_WINDOW_ID).required(MAINTENANCE_WINDOW_ID))
        .output(RESULT.schema())
        .destructive(true)
        .build();
  }

  @Override
  public Preview preview(IlertCall call) {
    long id = call.args().get(MAINTENANCE_WINDOW_ID);
    MaintenanceWindow w = call.client().maintenanceWindows().get(call.ctx(), id);
    Instant now = call.clock().instant();
    String window = "maintenance window " + id + " " + Text.quote(w.summary());
    if (!w.end().isAfter(now)) {
      return Preview.of("Nothing changes: " + window + " ended at " + Times.iso(w.end()) + ".");
    }
    if (!w.start().isBefore(now)) {
      return Preview.of(
              "Delete "
                  + window
                  + ", which has not started (it would run "
                  + Times.iso(w.start())
                  + " to "
                  + Times.iso(w.end())
                  + ").")
          .irreversible("the window is deleted, not kept as history.");
    }
    return Preview.of(
        "End "
            + window
            + " now instead of at "
            + Times.iso(w.end())
            + ": its alert sources raise alerts again and its services leave maintenance; the"
            + " window is kept as history.");
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(MAINTENANCE_WINDOW_ID);
    MaintenanceWindow w = call.client().maintenanceWindows().get(call.ctx(), id);
    Instant now = call.clock().instant();
    String action;
    MaintenanceWindow shown = w;
    if (!w.end().isAfter(now)) {
      action = "none: already ended";
    } else if (!w.start().isBefore(now)) {
      call.client().maintenanceWindows().delete(call.ctx(), id);
      action = "deleted: had not started";
    } else {
      MaintenanceWindow ended =
          new MaintenanceWindow(
              w.id(),
              w.summary(),
              w.description(),
              w.timezone(),
              w.start(),
              now,
              w.alertSources(),
              w.services(),
              w.createdBy(),
              w.notifications());
      shown = call.client().maintenanceWindows().update(call.ctx(), id, ended);
      action = "ended: end set to now";
    }
    return Output.of(
        RESULT.view(new Result(action, new WindowAt(shown, now))), call.maxResultTokens());
  }
}
