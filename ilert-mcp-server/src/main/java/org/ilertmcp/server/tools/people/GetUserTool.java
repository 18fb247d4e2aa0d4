package org.ilertmcp.server.tools.people;

import org.ilertmcp.client.common.User;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.output.Output;

/** {@code get_user}: one user by id, name or e-mail, with their teams. */
public final class GetUserTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_user", Toolset.PEOPLE, AccessTier.READ)
        .title("Get user")
        .description(
            "One user by id, name or e-mail: role, time zone, position, department and"
                + " teams. An ambiguous name returns the candidates.")
        .input(Input.of(Params.USER).required(Params.USER))
        .output(PeopleViews.USER_RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.names().user(call.ctx(), call.args().get(Params.USER));
    User user = call.client().users().get(call.ctx(), id);
    return Output.of(
        PeopleViews.USER_RESULT.view(PeopleViews.UserDetail.of(call, id, user)),
        call.maxResultTokens());
  }
}
