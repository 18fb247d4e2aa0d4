package org.ilertmcp.server.tools.people;

import java.util.List;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.users.UsersApi;
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
import org.ilertmcp.server.tool.output.Views;
import tools.jackson.databind.node.ObjectNode;

/** {@code list_users}: the organisation's users. */
public final class ListUsersTool implements IlertTool {
  static final Param<Integer> LIMIT = Param.limit(50, UsersApi.MAX_PAGE);

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("list_users", Toolset.PEOPLE, AccessTier.READ)
        .title("List users")
        .description(
            "List users: id, name, e-mail, time zone, role. To find one person use"
                + " get_user; other tools accept user names or e-mails directly.")
        .input(Input.of(LIMIT, Params.CURSOR))
        .output(Schema.list("users", Views.USER.schema()))
        .readOnly()
        .build();
  }

  @Override
  public ToolResult call(IlertCall call) {
    int limit = call.args().get(LIMIT);
    int start = Cursor.startIndex(call.args());
    List<User> page = call.client().users().list(call.ctx(), new Page(start, limit));
    ObjectNode result = Json.object();
    result.set("users", Views.USER.views(page));
    return Output.list(
        result,
        "users",
        call.maxResultTokens(),
        Cursor.after(call.args(), start, page.size(), page.size() == limit));
  }
}
