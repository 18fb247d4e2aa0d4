package org.ilertmcp.server.tool.input;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Self-contained list cursors: a cursor carries the query it continues — the tool, its filters and
 * limit, and the position — so {@code {cursor}} alone continues the same list. It is opaque to the
 * caller (base64url JSON with a checksum), validated on the way back in and bounded in size;
 * combined with filters that differ from its own it is refused rather than silently mixed.
 */
public final class Cursor {
  private static final String PREFIX = "c1.";

  /** Longest cursor accepted back. */
  public static final int MAX_LENGTH = 8192;

  private static final String INVALID =
      "`cursor` is not valid; pass the next_cursor of the previous result unchanged, or leave it"
          + " out to start from the first page.";

  /** What a cursor stands for: the tool, its query (prepared arguments) and the position. */
  record Decoded(String tool, ObjectNode query, int index) {}

  private Cursor() {}

  /** The cursor that continues the query of {@code args} at {@code startIndex}. */
  public static String next(Args args, int startIndex) {
    ObjectNode query = args.raw().deepCopy();
    query.remove(Params.CURSOR.name());
    ObjectNode body = Json.object().put("t", args.tool()).put("i", startIndex);
    body.set("q", query);
    byte[] json = Json.writeBytes(body);
    return PREFIX
        + Base64.getUrlEncoder().withoutPadding().encodeToString(json)
        + "."
        + Long.toString(checksum(json), 36);
  }

  /**
   * The cursor after the first {@code kept} of {@code size} items read from {@code start}: items
   * cut for size come first on the next page, and a page followed by more ({@code more}) continues
   * after its last item.
   */
  public static IntFunction<String> after(Args args, int start, int size, boolean more) {
    return kept -> kept < size || more ? next(args, start + kept) : null;
  }

  /** The start index the call's cursor stands for; 0 without one. */
  public static int startIndex(Args args) {
    return args.find(Params.CURSOR).map(c -> decode(c, args.tool()).index()).orElse(0);
  }

  /**
   * Adds the query a cursor carries to {@code prepared} (the call's own prepared arguments).
   *
   * @throws ToolInputException for an invalid cursor, or filters that differ from the cursor's
   */
  static void continueQuery(ObjectNode prepared, String tool, Map<String, Param<?>> params) {
    JsonNode cursor = prepared.get(Params.CURSOR.name());
    if (cursor == null || !cursor.asString().startsWith(PREFIX)) {
      // no cursor, or one a tool passes on from ilert (heartbeat monitors); startIndex refuses
      // anything else
      return;
    }
    Decoded d = decode(cursor.asString(), tool);
    for (Map.Entry<String, JsonNode> e : d.query().properties()) {
      String name = e.getKey();
      if (!params.containsKey(name)) {
        throw new ToolInputException(INVALID);
      }
      JsonNode given = prepared.get(name);
      if (given == null) {
        prepared.set(name, e.getValue());
      } else if (!name.equals("limit") && !given.toString().equals(e.getValue().toString())) {
        throw different(name, e.getValue().toString(), given.toString());
      }
    }
    for (String name : prepared.propertyNames()) {
      if (!name.equals("limit") && !name.equals(Params.CURSOR.name()) && !d.query().has(name)) {
        throw different(name, "none", prepared.get(name).toString());
      }
    }
  }

  private static ToolInputException different(String name, String before, String now) {
    return new ToolInputException(
        "`cursor` continues a list with "
            + name
            + " "
            + before
            + ", not "
            + now
            + "; pass the cursor alone (it keeps its filters), or leave it out to start a new"
            + " list.");
  }

  static Decoded decode(String cursor, String tool) {
    String c = cursor.trim();
    if (c.length() > MAX_LENGTH || !c.startsWith(PREFIX)) {
      throw new ToolInputException(INVALID);
    }
    int dot = c.lastIndexOf('.');
    try {
      byte[] json = Base64.getUrlDecoder().decode(c.substring(PREFIX.length(), dot));
      if (!Long.toString(checksum(json), 36).equals(c.substring(dot + 1))) {
        throw new ToolInputException(INVALID);
      }
      JsonNode body = Json.parse(new String(json, StandardCharsets.UTF_8));
      int index = body.path("i").asInt(-1);
      if (!body.path("q").isObject() || index < 0) {
        throw new ToolInputException(INVALID);
      }
      if (!tool.isEmpty() && !tool.equals(body.path("t").asString(""))) {
        throw new ToolInputException(
            "`cursor` belongs to "
                + body.path("t").asString("another tool")
                + "; pass it there, or leave it out here.");
      }
      return new Decoded(body.path("t").asString(""), (ObjectNode) body.get("q"), index);
    } catch (IllegalArgumentException | ClassCastException | IndexOutOfBoundsException e) {
      throw new ToolInputException(INVALID);
    } catch (RuntimeException e) {
      if (e instanceof ToolInputException t) {
        throw t;
      }
      // unreadable JSON inside a well-formed envelope
      throw new ToolInputException(INVALID);
    }
  }

  private static long checksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
