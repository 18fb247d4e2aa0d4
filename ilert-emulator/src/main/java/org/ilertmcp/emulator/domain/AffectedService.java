package org.ilertmcp.emulator.domain;

/** A service affected by an incident, with the impact (a service status). */
public record AffectedService(long serviceId, String impact) {}
