package org.ilertmcp.mcp.content;

import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/** One content block of a tool result or prompt message. */
public sealed interface Content
    permits Content.Text,
        Content.Image,
        Content.Audio,
        Content.EmbeddedResource,
        Content.ResourceLink {

  ObjectNode toJson();

  static Content text(String text) {
    return new Text(text);
  }

  /** Plain text for the model. */
  record Text(String text) implements Content {
    @Override
    public ObjectNode toJson() {
      return Json.object().put("type", "text").put("text", text);
    }
  }

  /** A base64-encoded image. */
  record Image(String base64Data, String mimeType) implements Content {
    @Override
    public ObjectNode toJson() {
      return Json.object().put("type", "image").put("data", base64Data).put("mimeType", mimeType);
    }
  }

  /** Base64-encoded audio. */
  record Audio(String base64Data, String mimeType) implements Content {
    @Override
    public ObjectNode toJson() {
      return Json.object().put("type", "audio").put("data", base64Data).put("mimeType", mimeType);
    }
  }

  /** A resource's contents embedded in the result. */
  record EmbeddedResource(ResourceContents resource) implements Content {
    @Override
    public ObjectNode toJson() {
      ObjectNode out = Json.object().put("type", "resource");
      out.set("resource", resource.toJson());
      return out;
    }
  }

  /** A link to a resource the client may read with {@code resources/read}. */
  record ResourceLink(String uri, String name, String description, String mimeType)
      implements Content {
    @Override
    public ObjectNode toJson() {
      ObjectNode out = Json.object().put("type", "resource_link").put("uri", uri).put("name", name);
      Json.putIfPresent(out, "description", description);
      return Json.putIfPresent(out, "mimeType", mimeType);
    }
  }
}
