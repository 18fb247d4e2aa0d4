package org.ilertmcp.server.web;

/** A small HTML writer: {@link #text} escapes, {@link #raw} is for the page's own markup. */
final class Html {
  private final StringBuilder out = new StringBuilder(32 * 1024);

  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return this;
  }

  /** A preformatted block with a copy button (the button stays hidden without JavaScript). */
  Html copyable(String id, String label, String content) {
    raw("<div class=\"copyable\"><pre id=\"").text(id).raw("\"><code>").text(content);
    raw("</code></pre><button type=\"button\" class=\"copy\" hidden data-copy=\"").text(id);
    raw("\" aria-label=\"").text(label.isEmpty() ? "Copy" : "Copy the " + label + " configuration");
    return raw("\">Copy</button></div>");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
