package org.ilertmcp.server.tool.input;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.IntFunction;

/** Opaque list cursors that carry the ilert {@code start-index} to continue from. */
public final class Cursor {
  private static final String PREFIX = "i1:";

  private Cursor() {}

  public static String next(int startIndex) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + startIndex).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The cursor after the first {@code kept} of {@code size} items read from {@code start}: items
   * cut for size come first on the next page, and a page followed by more ({@code more}) continues
   * after its last item.
   */
  public static IntFunction<String> after(int start, int size, boolean more) {
    return kept -> kept < size || more ? next(start + kept) : null;
  }

  /** The start index a cursor stands for; 0 without one. */
  public static int startIndex(Args args) {
    return args.find(Params.CURSOR).map(Cursor::decode).orElse(0);
  }

  private static int decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        int index = Integer.parseInt(text.substring(PREFIX.length()));
        if (index >= 0) {
          return index;
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ToolInputException(
        "cursor is not valid; pass the next_cursor of the previous result unchanged.");
  }
}
