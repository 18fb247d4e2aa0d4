package org.ilertmcp.server.tools.people;

import org.ilertmcp.client.common.User;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.output.Output;

/** {@code get_current_user}: the user the API key belongs to. */
public final class GetCurrentUserTool implements IlertTool {
  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("get_current_user", Toolset.PEOPLE, AccessTier.READ)
        .title("Get current user")
        .description(
            "The ilert user this API key acts as: id, e-mail, time zone, role (what the key may do), teams. Other tools take \"me\" for this user.")
        .alwaysInDefault()
        .output(PeopleViews.USER_RESULT.schema())
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    User user = call.client().users().current(call.ctx());
    return Output.of(
        PeopleViews.USER_RESULT.view(PeopleViews.UserDetail.of(call, user.id(), user)),
        call.maxResultTokens());
  }
}
