package org.ilertmcp.emulator.domain;

/** A private subscriber: a user or a team ({@code type} USER or TEAM). */
public record Subscriber(long id, String type) {}
