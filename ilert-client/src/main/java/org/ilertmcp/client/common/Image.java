package org.ilertmcp.client.common;

/**
 * An image shown on an alert or event.
 *
 * @param src image URL
 * @param href link target
 * @param alt alternative text
 */
public record Image(String src, String href, String alt) {}
