package org.ilertmcp.server.tools.people;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.teams.Team;
import org.ilertmcp.client.teams.TeamsApi;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Cursor;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_teams}: teams, optionally only those a user belongs to. */
public final class ListTeamsTool implements IlertTool {
  static final Param<String> MEMBER =
      Param.ref("member", "Only teams of this user (id, e-mail, name).");

  static final Param<Integer> LIMIT = Param.limit(50, TeamsApi.MAX_PAGE);

  /** A team in the list: id, name, visibility and member count. */
  private static final Shape<Team> TEAM =
      Shape.<Team>object()
          .integer("id", Team::id)
          .string("name", Team::name)
          .string("visibility", Team::visibility)
          .unlisted()
          .integer("members", t -> t.members() == null ? null : t.members().size())
          .unlisted()
          .required("id")
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_teams", Toolset.PEOPLE, AccessTier.READ)
        .title("List teams")
        .description(
            "List teams (owners of schedules, policies and sources) with visibility and"
                + " member count, optionally only one user's teams. Ids feed get_team.")
        .input(Input.of(MEMBER, LIMIT, Params.CURSOR))
        .output(Schema.list("teams", TEAM.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    Long member = call.args().find(MEMBER).map(v -> call.names().user(call.ctx(), v)).orElse(null);
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<Team> page = call.client().teams().list(call.ctx(), member, new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("teams", TEAM.views(page));
    return Output.list(
        result,
        "teams",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), page.size() == limit));
  }
}
