package org.ilertmcp.emulator.http;

/** Handles one route. Runs under the store lock. */
@FunctionalInterface
public interface Endpoint {
  /** Produces the response, or throws ApiException for ilert-style errors. */
  ApiResponse handle(ApiRequest request);
}
