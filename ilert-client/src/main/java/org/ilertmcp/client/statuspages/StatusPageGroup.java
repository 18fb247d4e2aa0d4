package org.ilertmcp.client.statuspages;

/**
 * A group of services on a status page.
 *
 * @param id group id
 * @param name name
 */
public record StatusPageGroup(Long id, String name) {}
