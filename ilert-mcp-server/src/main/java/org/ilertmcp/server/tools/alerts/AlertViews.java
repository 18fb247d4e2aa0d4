package org.ilertmcp.server.tools.alerts;

import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;

/** Output shapes shared by the alert tools. */
final class AlertViews {
  private AlertViews() {}

  /** The result of a tool that acts on one alert: the alert as lists show it. */
  static final Shape<Alert> ALERT_RESULT =
      Shape.<Alert>object().object("alert", Views.ALERT_SUMMARY, a -> a).build();
}
