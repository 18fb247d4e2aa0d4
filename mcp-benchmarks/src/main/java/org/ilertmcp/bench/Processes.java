package org.ilertmcp.bench;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every process the benchmark forks, so a shutdown hook can stop the ones still running (Ctrl-C, an
 * exception). Each is stopped by its own handle, never by name.
 */
final class Processes {
  private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> LIVE.forEach(Processes::stop), "bench-cleanup"));
  }

  private Processes() {}

  static void register(Process process) {
    LIVE.add(process);
  }

  /**
   * Closes stdin (servers exit on its end), then asks the process to terminate, then kills it. A
   * wrapped server (its command's child) is asked to terminate first, and killed if it outlives the
   * wrapper, so no server is left behind.
   */
  static void stop(Process process) {
    List<ProcessHandle> children = process.children().toList();
    children.forEach(ProcessHandle::destroy);
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // Already closed or the process is gone; the next steps still apply.
    }
    try {
      if (!process.waitFor(3, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    LIVE.remove(process);
  }
}
