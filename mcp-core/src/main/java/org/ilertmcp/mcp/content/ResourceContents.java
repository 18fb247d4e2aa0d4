package org.ilertmcp.mcp.content;

import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/** The contents of a resource: either text or a base64-encoded blob. */
public sealed interface ResourceContents permits ResourceContents.Text, ResourceContents.Blob {

  String uri();

  ObjectNode toJson();

  static ResourceContents text(String uri, String mimeType, String text) {
    return new Text(uri, mimeType, text);
  }

  /** Text contents. */
  record Text(String uri, String mimeType, String text) implements ResourceContents {
    @Override
    public ObjectNode toJson() {
      ObjectNode out = Json.object().put("uri", uri);
      Json.putIfPresent(out, "mimeType", mimeType);
      return out.put("text", text);
    }
  }

  /** Binary contents, base64-encoded. */
  record Blob(String uri, String mimeType, String base64) implements ResourceContents {
    @Override
    public ObjectNode toJson() {
      ObjectNode out = Json.object().put("uri", uri);
      Json.putIfPresent(out, "mimeType", mimeType);
      return out.put("blob", base64);
    }
  }
}
