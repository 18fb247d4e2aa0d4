package org.ilertmcp.server.tool.output;

/**
 * Cleans text that comes from monitoring systems (alert summaries, details, labels) before it
 * reaches a model: invisible and bidirectional control characters are removed, so injected
 * instructions cannot hide in them. Such text is always put in clearly labelled fields.
 */
public final class Text {
  /** Longest text {@link #quote} shows. */
  public static final int QUOTE_MAX = 120;

  private Text() {}

  /** The text without control, format (zero-width, bidi) and unassigned characters. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Text::keep).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * Cleaned text on one line in quotes, cut to {@value #QUOTE_MAX} characters: how a preview shows
   * a summary, comment or other caller or monitoring text to the person confirming it.
   */
  public static String quote(String text) {
    String flat = text == null ? "" : clean(text).replaceAll("\\s+", " ").trim();
    return "'" + (flat.length() > QUOTE_MAX ? flat.substring(0, QUOTE_MAX - 1) + "…" : flat) + "'";
  }

  private static boolean keep(int cp) {
    if (cp == '\n' || cp == '\t') {
      return true;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.SURROGATE;
  }
}
