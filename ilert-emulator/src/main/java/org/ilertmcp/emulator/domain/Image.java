package org.ilertmcp.emulator.domain;

/** An image attached to an alert. */
public record Image(String src, String href, String alt) {}
