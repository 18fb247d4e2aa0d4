package org.ilertmcp.client.teams;

import org.ilertmcp.client.common.User;

/**
 * A team member.
 *
 * @param user the user (send only the id)
 * @param role ADMIN, USER, RESPONDER, STAKEHOLDER, VIEWER (open set)
 */
public record TeamMember(User user, String role) {}
