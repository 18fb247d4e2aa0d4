package org.ilertmcp.bench;

import java.util.Locale;

/** How a product call travels: straight to the emulator, or through the product over MCP. */
enum ProductRoute {
  /** The ilert request itself, sent to the emulator: the floor the product is compared with. */
  DIRECT("direct REST"),
  /** The product's {@code http} mode with a session per client. */
  SESSION("product, session"),
  /** The product's {@code http --stateless} mode. */
  STATELESS("product, stateless");

  private final String label;

  ProductRoute(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  String arg() {
    return name().toLowerCase(Locale.ROOT);
  }
}
