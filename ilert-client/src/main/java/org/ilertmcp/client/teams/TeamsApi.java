package org.ilertmcp.client.teams;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Paging;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/teams}: list (max 100 per page, optional member filter), CRUD, members. */
public final class TeamsApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 100;

  private final Transport transport;
  private final Resource<Team> resource;

  /**
   * @param transport the client's choke point
   */
  public TeamsApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, Team.class, MAX_PAGE, "teams");
  }

  /**
   * {@code GET /teams}.
   *
   * @param ctx call context
   * @param memberUserId only teams with this member, or null
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<Team> list(CallContext ctx, Long memberUserId, Page page) {
    Paging.check(page, MAX_PAGE);
    return transport.callList(
        ctx, ApiRequest.get("teams").page(page).param("members", memberUserId).build(), Team.class);
  }

  /**
   * Walks all pages up to {@code cap} teams.
   *
   * @param ctx call context
   * @param memberUserId only teams with this member, or null
   * @param cap most entries
   * @return up to {@code cap} teams
   */
  public List<Team> listAll(CallContext ctx, Long memberUserId, int cap) {
    return Paging.collect(cap, MAX_PAGE, page -> list(ctx, memberUserId, page));
  }

  /**
   * {@code GET /teams/{id}}.
   *
   * @param ctx call context
   * @param id team id
   * @return the team
   */
  public Team get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /teams}.
   *
   * @param ctx call context
   * @param team the new team
   * @return the created team
   */
  public Team create(CallContext ctx, Team team) {
    return resource.create(ctx, team);
  }

  /**
   * {@code PUT /teams/{id}} (full replace).
   *
   * @param ctx call context
   * @param id team id
   * @param team the full new state
   * @return the updated team
   */
  public Team update(CallContext ctx, long id, Team team) {
    return resource.update(ctx, id, team);
  }

  /**
   * {@code DELETE /teams/{id}}.
   *
   * @param ctx call context
   * @param id team id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }

  /**
   * {@code POST /teams/{id}/members}.
   *
   * @param ctx call context
   * @param id team id
   * @param userId the user to add
   * @param role the member's role, e.g. {@code RESPONDER}
   * @return the membership
   */
  public TeamMember addMember(CallContext ctx, long id, long userId, String role) {
    User ref = User.ref(userId);
    return transport.call(
        ctx,
        ApiRequest.post("teams", id, "members").body(new TeamMember(ref, role)).build(),
        TeamMember.class);
  }

  /**
   * {@code DELETE /teams/{id}/members/{user-id}}.
   *
   * @param ctx call context
   * @param id team id
   * @param userId the member to remove
   */
  public void removeMember(CallContext ctx, long id, long userId) {
    transport.send(ctx, ApiRequest.delete("teams", id, "members", userId).build());
  }
}
