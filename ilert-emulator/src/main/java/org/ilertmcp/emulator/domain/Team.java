package org.ilertmcp.emulator.domain;

import java.time.Instant;
import java.util.List;

/** A team; only {@code PRIVATE} teams restrict visibility of the resources they own. */
public record Team(
    long id, String name, String visibility, List<Member> members, Instant createdAt) {

  /** A team membership with the member's team role. */
  public record Member(long userId, String role) {}

  public Team {
    members = List.copyOf(members);
  }

  /** Whether {@code userId} belongs to this team. */
  public boolean hasMember(long userId) {
    return members.stream().anyMatch(m -> m.userId() == userId);
  }

  /** Whether the team hides its resources from non-members. */
  public boolean isPrivate() {
    return "PRIVATE".equals(visibility);
  }
}
