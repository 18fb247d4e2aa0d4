package org.ilertmcp.server.tools.people;

import org.ilertmcp.client.common.User;
import org.ilertmcp.client.teams.Team;
import org.ilertmcp.client.teams.TeamsApi;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The detailed user projection of the people tools; no phone numbers or other contacts. */
final class PeopleViews {
  private PeopleViews() {}

  /** {@link Views#user} plus position, department and language. */
  static ObjectNode userDetail(User u) {
    ObjectNode out = Views.user(u);
    Json.putIfPresent(out, "username", u.username());
    Json.putIfPresent(out, "position", u.position());
    Json.putIfPresent(out, "department", u.department());
    Json.putIfPresent(out, "language", u.language());
    Json.putIfPresent(out, "muted_until", Times.iso(u.mutedUntil()));
    return out;
  }

  /** The teams of a user that the key may see, as references. */
  static ArrayNode teams(IlertCall call, long userId) {
    ArrayNode out = Json.array();
    for (Team t : call.client().teams().listAll(call.ctx(), userId, TeamsApi.MAX_PAGE)) {
      out.add(Views.ref(t.id(), t.name()));
    }
    return out;
  }

  /** The key fields of a user; the rest are documented by name in descriptions. */
  static ObjectNode userSchema() {
    return Schema.requiring(
        Schema.object("id", Schema.integer(), "name", Schema.str(), "role", Schema.str()), "id");
  }
}
