package org.ilertmcp.mcp.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a test needs to start this JVM's code in a child process. */
public final class JavaProcess {
  private JavaProcess() {}

  /** The running JVM's {@code java} launcher. */
  public static String java() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    if (!Files.isExecutable(java)) {
      throw new IllegalStateException("no java launcher at " + java);
    }
    return java.toString();
  }

  /** The test classpath (test classes, main classes, dependencies) with absolute entries. */
  public static String classpath() {
    StringBuilder cp = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        if (cp.length() > 0) {
          cp.append(File.pathSeparatorChar);
        }
        cp.append(Path.of(entry).toAbsolutePath());
      }
    }
    return cp.toString();
  }
}
