package org.ilertmcp.client.users;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.ErrorKind;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/users}: list (max 100 per page), current user, search by e-mail, CRUD. */
public final class UsersApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 100;

  private final Transport transport;
  private final Resource<User> resource;

  /**
   * @param transport the client's choke point
   */
  public UsersApi(Transport transport) {
    this.transport = transport;
    this.resource = new Resource<>(transport, User.class, MAX_PAGE, "users");
  }

  /**
   * {@code GET /users}.
   *
   * @param ctx call context
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<User> list(CallContext ctx, Page page) {
    return resource.list(ctx, page);
  }

  /**
   * Walks all pages up to {@code cap} users.
   *
   * @param ctx call context
   * @param cap most entries
   * @return up to {@code cap} users
   */
  public List<User> listAll(CallContext ctx, int cap) {
    return resource.listAll(ctx, cap);
  }

  /**
   * {@code GET /users/{user-id}}.
   *
   * @param ctx call context
   * @param id user id
   * @return the user
   */
  public User get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code GET /users/current}: the owner of the credential.
   *
   * @param ctx call context
   * @return the current user
   */
  public User current(CallContext ctx) {
    return transport.call(ctx, ApiRequest.get("users", "current").build(), User.class);
  }

  /**
   * {@code POST /users/search-email} (the address travels in the body, not the URL).
   *
   * @param ctx call context
   * @param email the e-mail address
   * @return the user, or empty when none has it (404)
   */
  public Optional<User> searchByEmail(CallContext ctx, String email) {
    try {
      return Optional.ofNullable(
          transport.call(
              ctx,
              ApiRequest.post("users", "search-email").body(Map.of("email", email)).build(),
              User.class));
    } catch (IlertApiException e) {
      if (e.kind() == ErrorKind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * {@code POST /users} (ADMIN only).
   *
   * @param ctx call context
   * @param user the new user ({@link User#newUser})
   * @param sendNoInvitation true to suppress the invitation e-mail, or null
   * @return the created user
   */
  public User create(CallContext ctx, User user, Boolean sendNoInvitation) {
    return transport.call(
        ctx,
        ApiRequest.post("users").param("send-no-invitation", sendNoInvitation).body(user).build(),
        User.class);
  }

  /**
   * {@code PUT /users/{user-id}} (full replace).
   *
   * @param ctx call context
   * @param id user id
   * @param user the full new state
   * @return the updated user
   */
  public User update(CallContext ctx, long id, User user) {
    return resource.update(ctx, id, user);
  }

  /**
   * {@code DELETE /users/{user-id}}.
   *
   * @param ctx call context
   * @param id user id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }
}
