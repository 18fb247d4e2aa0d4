package org.ilertmcp.client.common;

/**
 * A link shown on an alert or event.
 *
 * @param href the URL
 * @param text the label
 */
public record Link(String href, String text) {}
