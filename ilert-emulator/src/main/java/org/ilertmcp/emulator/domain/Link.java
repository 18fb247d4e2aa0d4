package org.ilertmcp.emulator.domain;

/** A link attached to an alert. */
public record Link(String href, String text) {}
