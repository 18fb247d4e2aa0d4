package org.ilertmcp.client.teams;

import java.time.Instant;
import java.util.List;

/**
 * A team.
 *
 * @param id team id
 * @param name name
 * @param visibility PUBLIC or PRIVATE (open set)
 * @param members members and their roles
 * @param createdAt creation time
 * @param updatedAt last update
 */
public record Team(
    Long id,
    String name,
    String visibility,
    List<TeamMember> members,
    Instant createdAt,
    Instant updatedAt) {}
