package org.ilertmcp.server.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a running service gracefully on SIGTERM (or Ctrl-C) and exits with status 0: a stop that
 * was asked for and delivered every answer it could is a clean exit for process supervisors, not a
 * crash (the JVM would otherwise report 143).
 */
final class GracefulStop {
  private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

  private GracefulStop() {}

  /** Closes {@code service} when the JVM is asked to stop, then exits with status 0. */
  static void onSignal(AutoCloseable service) {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  int status = 0;
                  try {
                    LOG.info("Stopping: finishing calls in flight");
                    service.close();
                    LOG.info("Stopped");
                  } catch (Exception e) {
                    LOG.error("Could not stop cleanly", e);
                    status = 1;
                  }
                  System.out.flush();
                  System.err.flush();
                  Runtime.getRuntime().halt(status);
                },
                "graceful-stop"));
  }
}
