package org.ilertmcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The start-time floor for the Java servers: same JVM and flags, reads one line and prints a fixed
 * initialize-shaped answer, with no JSON library and no MCP code. What our server needs beyond this
 * is ours to optimise; the rest is the JVM.
 */
public final class JvmFloor {
  private JvmFloor() {}

  public static void main(String[] args) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    if (in.readLine() != null) {
      System.out.println(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-11-25\"}}");
      System.out.flush();
    }
  }
}
