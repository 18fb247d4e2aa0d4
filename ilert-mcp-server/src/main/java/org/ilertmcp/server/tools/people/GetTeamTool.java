package org.ilertmcp.server.tools.people;

import org.ilertmcp.client.teams.Team;
import org.ilertmcp.client.teams.TeamMember;
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
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;

/** {@code get_team}: a team and its members with their team roles. */
public final class GetTeamTool implements IlertTool {
  static final Param<String> TEAM = Params.TEAM.describedAs("Team id or name (list_teams).");

  /** A member: the user ({@link Views#USER}) and their team role. */
  private static final Shape<TeamMember> MEMBER =
      Shape.<TeamMember>object()
          .fields(Views.USER, TeamMember::user)
          .string("team_role", TeamMember::role)
          .build();

  private static final Shape<Team> TEAM_DETAIL =
      Shape.<Team>object()
          .integer("id", Team::id)
          .string("name", Team::name)
          .unlisted()
          .string("visibility", Team::visibility)
          .unlisted()
          .list("members", MEMBER, Team::members)
          .keepEmpty()
          .build();

  private static final Shape<Team> RESULT =
      Shape.<Team>object().object("team", TEAM_DETAIL, t -> t).required("team").build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_team", Toolset.PEOPLE, AccessTier.READ)
        .title("Get team")
        .description(
            "One team by id or name with its members and their team roles. Private teams"
                + " are visible to their members and admins only.")
        .input(Input.of(TEAM).required(TEAM))
        .output(RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().team(call.ctx(), call.args().get(TEAM));
    Team t = call.client().teams().get(call.ctx(), id);
    return Output.of(RESULT.view(t), call.maxResultTokens());
  }
}
