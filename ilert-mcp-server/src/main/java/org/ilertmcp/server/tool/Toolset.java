package org.ilertmcp.server.tool;

import java.util.Locale;
import java.util.Optional;

/** Groups of tools that can be enabled together. */
public enum Toolset {
  ALERTS(true, "Alerts: list, inspect, accept, resolve, assign, escalate, comment, raise"),
  INCIDENTS(true, "Incidents (status-page communications): list, create, update, notify"),
  SERVICES(true, "Services, their outages and status pages"),
  ONCALL(true, "Who is on call, schedules, shifts, overrides and escalation policies"),
  PEOPLE(false, "Users and teams (other tools accept user and team names directly)"),
  ANALYSIS(
      true,
      "Evidence bundles and analysis: investigate an alert, summarize an incident, recent"
          + " changes, who gets paged, alert noise, on-call handover"),
  ACTIONS(
      false, "Alert actions: run connector actions (tickets, chat posts, webhooks) on an alert"),
  SOURCES(false, "Alert sources, heartbeat monitors and maintenance windows"),
  DEPLOYMENTS(false, "Deployment pipelines and deployment events"),
  REPORTS(false, "Alert reports"),
  API(false, "Search and call any operation of ilert's REST API (opt-in)");

  private final boolean inDefault;
  private final String description;

  Toolset(boolean inDefault, String description) {
    this.inDefault = inDefault;
    this.description = description;
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean inDefault() {
    return inDefault;
  }

  public String description() {
    return description;
  }

  public static Optional<Toolset> parse(String value) {
    for (Toolset set : values()) {
      if (set.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(set);
      }
    }
    return Optional.empty();
  }
}
