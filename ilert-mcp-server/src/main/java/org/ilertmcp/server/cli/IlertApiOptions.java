package org.ilertmcp.server.cli;

import java.net.URI;
import org.ilertmcp.client.RequestObserver;
import org.ilertmcp.client.api.IlertClient;
import org.ilertmcp.server.IlertMcpServer;
import picocli.CommandLine.Option;

/** Where ilert is, for the commands that talk to the real ilert API. */
public final class IlertApiOptions {
  @Option(
      names = "--ilert-url",
      defaultValue = "${env:ILERT_API_URL:-https://api.ilert.com/api}",
      description = "ilert API base URL. Env ILERT_API_URL. Default: ${DEFAULT-VALUE}.")
  String ilertUrl;

  /** The shared client for that URL; an invalid URL is a configuration error. */
  IlertClient client(int requestsPerMinute) {
    return client(requestsPerMinute, RequestObserver.NONE);
  }

  /** The same, telling {@code observer} of every exchange with ilert. */
  IlertClient client(int requestsPerMinute, RequestObserver observer) {
    return IlertMcpServer.client(baseUrl(), requestsPerMinute, observer);
  }

  /** The validated base URL. */
  URI baseUrl() {
    URI uri;
    try {
      uri = URI.create(ilertUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--ilert-url is not a URL: " + ilertUrl);
    }
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "--ilert-url must be an http(s) URL, not '" + ilertUrl + "'");
    }
    return uri;
  }
}
