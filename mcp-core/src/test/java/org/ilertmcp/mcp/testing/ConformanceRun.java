package org.ilertmcp.mcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the official conformance suite ({@code @modelcontextprotocol/conformance}) with {@code
 * --requirements <revision>}, parsed: the scenarios the revision requires, and those the suite runs
 * but does not score (extensions, pending scenarios).
 */
public final class ConformanceRun {
  private static final String SUITE = "@modelcontextprotocol/conformance/dist/index.js";
  private static final Pattern SCENARIO_LINE =
      Pattern.compile("^([✓✗]) (\\S+): (\\d+) passed, (\\d+) failed$", Pattern.MULTILINE);
  private static final Pattern UNSCORED_LINE =
      Pattern.compile("^\\s+[✓✗] (\\S+) \\((\\S+)\\)$", Pattern.MULTILINE);
  private static final Pattern TOTAL = Pattern.compile("Total: \\d+ passed, \\d+ failed");

  /** One scenario's line in the summary. */
  public record Scenario(String name, boolean ok, int passed, int failed) {}

  private final String revision;
  private final NodeTools.Result result;
  private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
  private final Set<String> unscored = new LinkedHashSet<>();

  private ConformanceRun(String revision, NodeTools.Result result) {
    this.revision = revision;
    this.result = result;
    String out = result.output();
    int summary = out.indexOf("=== SUMMARY ===");
    String tail = summary < 0 ? "" : out.substring(summary);
    Matcher m = SCENARIO_LINE.matcher(tail);
    while (m.find()) {
      scenarios.put(
          m.group(2),
          new Scenario(
              m.group(2),
              m.group(1).equals("✓"),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4))));
    }
    Matcher u = UNSCORED_LINE.matcher(tail);
    while (u.find()) {
      unscored.add(u.group(1));
    }
  }

  /** Runs the scenarios {@code revision} requires against the server at {@code url}. */
  public static ConformanceRun requirements(NodeTools node, URI url, String revision)
      throws Exception {
    NodeTools.Result result =
        node.run(
            Duration.ofMinutes(5),
            Map.of(),
            node.module(SUITE).toString(),
            "server",
            "--url",
            url.toString(),
            "--requirements",
            revision);
    return new ConformanceRun(revision, result);
  }

  /** The scenarios the revision requires, as the summary printed them. */
  public Map<String, Scenario> required() {
    Map<String, Scenario> required = new LinkedHashMap<>(scenarios);
    required.keySet().removeAll(unscored);
    return required;
  }

  public String output() {
    return result.output();
  }

  /** Required scenarios and checks, then the suite's own total (which counts unscored ones). */
  public String summary() {
    Map<String, Scenario> required = required();
    int passed = required.values().stream().mapToInt(Scenario::passed).sum();
    int failed = required.values().stream().mapToInt(Scenario::failed).sum();
    long ok = required.values().stream().filter(Scenario::ok).count();
    Matcher total = TOTAL.matcher(result.output());
    List<String> failing =
        required.values().stream().filter(s -> !s.ok()).map(Scenario::name).sorted().toList();
    return String.format(
        "required %d/%d scenarios passed, %d checks passed, %d failed; suite %s; %d not scored%s",
        ok,
        required.size(),
        passed,
        failed,
        total.find() ? total.group() : "(no total)",
        unscored.size(),
        failing.isEmpty() ? "" : "; failing: " + failing);
  }

  /** Every required scenario passed, nothing warned, and the suite exited 0. */
  public void assertRequiredPass(int expectedScenarios) {
    assertRequiredPass(expectedScenarios, Set.of());
    assertThat(result.exitCode()).as("exit code of %s", result.output()).isZero();
  }

  /**
   * Every required scenario except {@code exempt} passed and nothing warned. For a server without
   * the conformance fixture's test tools, the scenarios that call them are exempt.
   */
  public void assertRequiredPass(int expectedScenarios, Set<String> exempt) {
    Map<String, Scenario> required = required();
    assertThat(required.size())
        .as("required scenarios of %s in:%n%s", revision, result.output())
        .isEqualTo(expectedScenarios);
    assertThat(required.keySet()).as("exempt scenarios are required ones").containsAll(exempt);
    required.values().stream()
        .filter(s -> !exempt.contains(s.name()))
        .forEach(
            s ->
                assertThat(s.ok() && s.failed() == 0)
                    .as("%s: %s in:%n%s", revision, s, result.output())
                    .isTrue());
    assertThat(result.output()).as("a warning in:%n%s", result.output()).doesNotContain("WARNING");
  }
}
