package org.ilertmcp.emulator.api;

import java.util.List;
import java.util.Set;
import org.ilertmcp.emulator.domain.Role;
import org.ilertmcp.emulator.domain.Team;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.emulator.http.ApiRequest;
import org.ilertmcp.emulator.http.ApiResponse;
import org.ilertmcp.emulator.http.Json;
import org.ilertmcp.emulator.http.Paging;
import org.ilertmcp.emulator.http.Router;
import tools.jackson.databind.JsonNode;

/** {@code /api/users} and {@code /api/teams}. */
public final class UsersResource {
  private static final Set<String> TEAM_ROLES = Set.of("ADMIN", "USER", "RESPONDER", "STAKEHOLDER");

  private final Context ctx;
  private final Lookups find;

  /** The users and teams resource. */
  public UsersResource(Context ctx) {
    this.ctx = ctx;
    this.find = new Lookups(ctx);
  }

  /** Registers the routes. */
  public void register(Router r) {
    r.get("/users", Access.READ, this::list);
    r.post("/users", Access.ADMIN, this::create);
    r.post("/users/search-email", Access.READ, this::searchEmail);
    r.get("/users/current", Access.READ, req -> ApiResponse.ok(ctx.views().user(req.caller())));
    r.put("/users/current", Access.READ, this::updateCurrent);
    r.get("/users/{user-id}", Access.READ, this::get);
    r.put("/users/{user-id}", Access.ADMIN, this::update);
    r.delete("/users/{user-id}", Access.ADMIN, this::delete);
    r.get("/teams", Access.READ, this::teams);
    r.post("/teams", Access.MANAGE, this::createTeam);
    r.get(
        "/teams/name/{name}",
        Access.READ,
        req ->
            ApiResponse.ok(
                ctx.views()
                    .team(
                        Named.find(
                            ctx.store().teams().values(),
                            t -> t.name(),
                            t -> ctx.visibility().canSee(req.caller(), java.util.List.of(t.id())),
                            req))));
    r.get("/teams/{id}", Access.READ, req -> ApiResponse.ok(ctx.views().team(team(req))));
    r.put("/teams/{id}", Access.MANAGE, this::updateTeam);
    r.delete("/teams/{id}", Access.MANAGE, this::deleteTeam);
    r.post("/teams/{id}/members", Access.MANAGE, this::addMember);
    r.delete("/teams/{id}/members/{user-id}", Access.MANAGE, this::removeMember);
  }

  private ApiResponse list(ApiRequest req) {
    Paging paging = Paging.of(req, 50, 100);
    List<String> roles = req.all("role");
    List<User> users =
        ctx.store().users().values().stream()
            .filter(u -> roles.isEmpty() || roles.contains(u.role().name()))
            .toList();
    return ApiResponse.ok(Json.array(paging.apply(users).stream().map(ctx.views()::user).toList()));
  }

  private User byPath(ApiRequest req) {
    String raw = req.pathParam("user-id");
    return "current".equals(raw) ? req.caller() : find.userByIdOrName(raw);
  }

  private ApiResponse get(ApiRequest req) {
    return ApiResponse.ok(ctx.views().user(byPath(req)));
  }

  private ApiResponse searchEmail(ApiRequest req) {
    String email = Json.required(req.json(), "email");
    return ctx.store().users().values().stream()
        .filter(u -> u.email().equalsIgnoreCase(email.trim()))
        .findFirst()
        .map(u -> ApiResponse.ok(ctx.views().user(u)))
        .orElseThrow(() -> ApiException.notFound("no user with this e-mail"));
  }

  private ApiResponse create(ApiRequest req) {
    JsonNode body = req.json();
    String email = Json.required(body, "email");
    if (ctx.store().users().values().stream().anyMatch(u -> u.email().equalsIgnoreCase(email))) {
      throw ApiException.badRequest("a user with this e-mail exists");
    }
    long id = ctx.store().nextId("user", 1001);
    User user = fromBody(body, id, req, Role.USER);
    ctx.store().users().put(id, user);
    return ApiResponse.of(201, ctx.views().user(user)).header("Location", "/api/users/" + id);
  }

  private ApiResponse update(ApiRequest req) {
    User old = byPath(req);
    User user = fromBody(req.json(), old.id(), req, old.role());
    ctx.store().users().put(old.id(), user);
    return ApiResponse.ok(ctx.views().user(user));
  }

  /** Any user may edit their own profile, but only an admin may change a role. */
  private ApiResponse updateCurrent(ApiRequest req) {
    User me = req.caller();
    User edited = fromBody(req.json(), me.id(), req, me.role());
    if (edited.role() != me.role() && me.role() != Role.ADMIN) {
      throw new ApiException(403, "PERMISSION_DENIED", "only an admin may change a role");
    }
    ctx.store().users().put(me.id(), edited);
    return ApiResponse.ok(ctx.views().user(edited));
  }

  private ApiResponse delete(ApiRequest req) {
    User user = byPath(req);
    ctx.store().users().remove(user.id());
    ctx.store().apiKeys().values().removeIf(id -> id == user.id());
    return ApiResponse.empty(204);
  }

  private User fromBody(JsonNode body, long id, ApiRequest req, Role fallback) {
    String email = Json.required(body, "email");
    String role = Json.text(body, "role");
    Role parsed;
    try {
      parsed = role == null ? fallback : Role.valueOf(role);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("unknown role " + role);
    }
    String username = email.substring(0, Math.max(1, email.indexOf('@')));
    return new User(
        id,
        Json.required(body, "firstName"),
        Json.required(body, "lastName"),
        email,
        username,
        orElse(Json.text(body, "timezone"), "Europe/Berlin"),
        orElse(Json.text(body, "language"), "en"),
        orElse(Json.text(body, "region"), "DE"),
        parsed,
        Json.text(body, "position"),
        Json.text(body, "department"),
        "+49 30 5550" + id,
        Json.text(body, "shiftColor"),
        req.now());
  }

  private static String orElse(String v, String fallback) {
    return v == null ? fallback : v;
  }

  private ApiResponse teams(ApiRequest req) {
    Paging paging = Paging.of(req, 50, 100);
    List<Long> members = req.longs("members");
    if (members.size() > 1) {
      throw ApiException.badRequest("members accepts only one user id");
    }
    List<Team> teams =
        ctx.store().teams().values().stream()
            .filter(t -> ctx.visibility().canSee(req.caller(), List.of(t.id())))
            .filter(t -> members.isEmpty() || t.hasMember(members.get(0)))
            .toList();
    return ApiResponse.ok(Json.array(paging.apply(teams).stream().map(ctx.views()::team).toList()));
  }

  private Team team(ApiRequest req) {
    long id = req.pathLong("id");
    Team t = ctx.store().teams().get(id);
    if (t == null || !ctx.visibility().canSee(req.caller(), List.of(id))) {
      throw ApiException.notFound("team " + id + " not found");
    }
    return t;
  }

  private ApiResponse createTeam(ApiRequest req) {
    long id = ctx.store().nextId("team", 201);
    Team t = teamFromBody(req.json(), id, req);
    ctx.store().teams().put(id, t);
    return ApiResponse.of(201, ctx.views().team(t)).header("Location", "/api/teams/" + id);
  }

  private ApiResponse updateTeam(ApiRequest req) {
    Team old = team(req);
    Team t = teamFromBody(req.json(), old.id(), req);
    ctx.store()
        .teams()
        .put(old.id(), new Team(t.id(), t.name(), t.visibility(), t.members(), old.createdAt()));
    return ApiResponse.ok(ctx.views().team(ctx.store().teams().get(old.id())));
  }

  private ApiResponse deleteTeam(ApiRequest req) {
    ctx.store().teams().remove(team(req).id());
    return ApiResponse.empty(204);
  }

  private Team teamFromBody(JsonNode body, long id, ApiRequest req) {
    String visibility = Json.text(body, "visibility");
    if (visibility != null && !visibility.equals("PUBLIC") && !visibility.equals("PRIVATE")) {
      throw ApiException.badRequest("visibility must be PUBLIC or PRIVATE");
    }
    List<Team.Member> members = new java.util.ArrayList<>();
    for (JsonNode m : body.path("members")) {
      members.add(member(m));
    }
    return new Team(
        id,
        Json.required(body, "name"),
        visibility == null ? "PUBLIC" : visibility,
        members,
        req.now());
  }

  private Team.Member member(JsonNode m) {
    Long userId = Json.refId(m, "user");
    if (userId == null) {
      throw ApiException.badRequest("a team member needs {\"user\": {\"id\": ...}}");
    }
    find.user(userId);
    String role = Json.text(m, "role");
    if (role == null) {
      role = "RESPONDER";
    }
    if (!TEAM_ROLES.contains(role)) {
      throw ApiException.badRequest("unknown team role " + role);
    }
    return new Team.Member(userId, role);
  }

  private ApiResponse addMember(ApiRequest req) {
    Team t = team(req);
    Team.Member m = member(req.json());
    List<Team.Member> members = new java.util.ArrayList<>(t.members());
    members.removeIf(x -> x.userId() == m.userId());
    members.add(m);
    ctx.store()
        .teams()
        .put(t.id(), new Team(t.id(), t.name(), t.visibility(), members, t.createdAt()));
    return ApiResponse.ok(
        Json.object().set("user", ctx.views().user(m.userId())).put("role", m.role()));
  }

  private ApiResponse removeMember(ApiRequest req) {
    Team t = team(req);
    long userId = req.pathLong("user-id");
    if (!t.hasMember(userId)) {
      throw ApiException.notFound("user " + userId + " is not a member of team " + t.id());
    }
    List<Team.Member> members = t.members().stream().filter(m -> m.userId() != userId).toList();
    ctx.store()
        .teams()
        .put(t.id(), new Team(t.id(), t.name(), t.visibility(), members, t.createdAt()));
    return ApiResponse.empty(204);
  }
}
