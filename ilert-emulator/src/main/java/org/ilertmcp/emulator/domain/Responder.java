package org.ilertmcp.emulator.domain;

import java.time.Instant;

/** A user responsible for an alert; {@code status} is PENDING or ACCEPTED. */
public record Responder(long userId, String status, Instant acceptedAt) {}
