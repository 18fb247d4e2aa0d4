package org.ilertmcp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The start-time floor for the Java servers: same JVM and flags, answers the first line with a
 * fixed initialize-shaped answer and a {@code tools/list} line with an empty list, with no JSON
 * library and no MCP code. What our server needs beyond this is ours to optimise; the rest is the
 * JVM.
 */
public final class JvmFloor {
  private JvmFloor() {}

  public static void main(String[] args) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    if (in.readLine() == null) {
      return;
    }
    System.out.println(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-11-25\"}}");
    System.out.flush();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.contains("tools/list")) {
        System.out.println("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"tools\":[]}}");
        System.out.flush();
      }
    }
  }
}
