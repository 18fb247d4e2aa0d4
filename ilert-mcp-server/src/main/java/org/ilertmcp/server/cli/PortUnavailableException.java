package org.ilertmcp.server.cli;

import java.net.BindException;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * A listener could not bind the port the user chose. Its message is the one line the command line
 * prints: which port, and how to pick another (flag, any free port, environment variable).
 */
public final class PortUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private PortUnavailableException(String message) {
    super(message, null, false, false);
  }

  /**
   * Runs {@code start}, which binds {@code host:port}; a failure to bind becomes this exception,
   * naming {@code env} as the environment variable that sets the port.
   */
  static <T> T bind(String host, int port, String env, Callable<T> start) throws Exception {
    try {
      return start.call();
    } catch (Exception e) {
      BindException bind = bindFailure(e);
      if (bind == null) {
        throw e;
      }
      String fixes =
          "choose another with --port <n>, --port 0 for any free port, or " + env + "=<n>";
      String reason = String.valueOf(bind.getMessage());
      if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
        throw new PortUnavailableException(
            "port " + port + " on " + host + " is already in use; " + fixes);
      }
      throw new PortUnavailableException(
          "cannot listen on " + host + ":" + port + " (" + reason + "); check --host, or " + fixes);
    }
  }

  private static BindException bindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException bind) {
        return bind;
      }
    }
    return null;
  }
}
