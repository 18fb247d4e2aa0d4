package org.ilertmcp.server.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The Debian tools the deployment tests drive (installed by {@code e2e/install-system.sh}). A
 * missing tool skips the test on a developer machine without root and fails it under {@code
 * CI=true}, so CI never passes without running it.
 */
public final class SystemTools {
  private SystemTools() {}

  /** The executable {@code name} from {@code PATH} or the usual sbin folders. */
  public static Path require(String name) {
    String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin";
    for (String dir : path.split(":")) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String message =
        name
            + " is not installed; e2e/install-system.sh installs it as root"
            + " (sudo apt-get install "
            + debianPackage(name)
            + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new AssertionError(message);
    }
    Assumptions.abort(message);
    throw new AssertionError("unreachable");
  }

  private static String debianPackage(String tool) {
    return List.of("kubectl").contains(tool) ? "kubernetes-client" : tool;
  }
}
