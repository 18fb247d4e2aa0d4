package org.ilertmcp.mcp.transport.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DNS-rebinding protection: accepts loopback {@code Host} and {@code Origin} values plus those an
 * operator configured.
 */
final class RequestGuard {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  private final List<String> allowedHosts;
  private final List<String> allowedOrigins;

  RequestGuard(List<String> allowedHosts, List<String> allowedOrigins) {
    this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    this.allowedOrigins = allowedOrigins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether a {@code Host} header value (with optional port) is acceptable; absent is. */
  boolean hostAllowed(String hostHeader) {
    if (hostHeader == null || allowedHosts.contains("*")) {
      return true;
    }
    String host = stripPort(hostHeader.trim().toLowerCase(Locale.ROOT));
    return LOOPBACK.contains(host) || allowedHosts.contains(host);
  }

  /** Whether an {@code Origin} header value is acceptable; callers skip the check when absent. */
  boolean originAllowed(String origin) {
    String value = origin.trim().toLowerCase(Locale.ROOT);
    if (allowedOrigins.contains("*") || allowedOrigins.contains(value)) {
      return true;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      String host = uri.getHost();
      return ("http".equals(scheme) || "https".equals(scheme))
          && host != null
          && LOOPBACK.contains(host);
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String stripPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
