package org.ilertmcp.server.tools.people;

import org.ilertmcp.client.teams.Team;
import org.ilertmcp.client.teams.TeamMember;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get_team}: a team and its members with their team roles. */
public final class GetTeamTool implements IlertTool {
  static final Param<String> TEAM = Params.TEAM.describedAs("Team id or name (list_teams).");

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_team", Toolset.PEOPLE, AccessTier.READ)
        .title("Get team")
        .description(
            "One team by id or name with its members and their team roles. Private teams"
                + " are visible to their members and admins only.")
        .input(Input.of(TEAM).required(TEAM))
        .output(
            Schema.requiring(
                Schema.object(
                    "team",
                    Schema.object(
                        "id", Schema.integer(), "members", Schema.array(Schema.anyObject()))),
                "team"))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().team(call.ctx(), call.args().get(TEAM));
    Team t = call.client().teams().get(call.ctx(), id);
    ObjectNode view = Views.ref(t.id(), t.name());
    Json.putIfPresent(view, "visibility", t.visibility());
    ArrayNode members = view.putArray("members");
    if (t.members() != null) {
      for (TeamMember m : t.members()) {
        ObjectNode item = m.user() == null ? Json.object() : Views.user(m.user());
        Json.putIfPresent(item, "team_role", m.role());
        members.add(item);
      }
    }
    ObjectNode result = Json.object();
    result.set("team", view);
    return Output.of(result, call.maxResultTokens());
  }
}
