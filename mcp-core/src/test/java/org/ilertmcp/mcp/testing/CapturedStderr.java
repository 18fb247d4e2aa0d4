package org.ilertmcp.mcp.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures what is written to {@code System.err} — where slf4j-simple logs — while a test provokes
 * an expected error, so the build log shows no stack trace for it and the test can assert on what
 * was logged. Tests in a module run one at a time, so swapping the global stream is safe.
 */
public final class CapturedStderr implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

  private CapturedStderr() {
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
  }

  /** Starts capturing; {@link #close()} restores the original stream. */
  public static CapturedStderr start() {
    return new CapturedStderr();
  }

  /** What was written so far. */
  public String text() {
    System.err.flush();
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(original);
  }
}
