package org.ilertmcp.emulator.domain;

import java.time.Instant;

/** The recorded outcome of running an alert action for one alert. */
public record ActionResult(
    String id,
    String alertActionId,
    String connectorId,
    long alertId,
    boolean success,
    long actorUserId,
    Instant at) {}
