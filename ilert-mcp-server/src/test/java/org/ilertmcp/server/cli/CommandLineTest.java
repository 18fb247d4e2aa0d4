package org.ilertmcp.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.emulator.IlertEmulator;
import org.ilertmcp.emulator.demo.DemoKey;
import org.ilertmcp.emulator.domain.Role;
import org.ilertmcp.emulator.http.Access;
import org.ilertmcp.server.web.DemoKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: help, one-line configuration errors, environment fallbacks, the banner. */
class CommandLineTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cmd = Main.commandLine(args.length == 0 ? "" : args[0]);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpDocumentsEveryFlagWithItsEnvironmentFallback() {
    for (String command : List.of("http", "sandbox", "stdio")) {
      Run help = run(command, "--help");
      assertThat(help.exit()).isZero();
      for (String flag :
          List.of("--access", "--toolsets", "--tools", "--exclude-tools", "--max-result-tokens")) {
        assertThat(help.out()).as(command).contains(flag);
      }
      assertThat(help.out()).contains("ILERT_ACCESS").contains("ILERT_TOOLSETS");
    }
    assertThat(run("http", "--help").out())
        .contains("--host")
        .contains("ILERT_HOST")
        .contains("--port")
        .contains("ILERT_PORT")
        .contains("--ilert-url")
        .contains("ILERT_API_URL");
    assertThat(run("stdio", "--help").out()).contains("ILERT_API_KEY").contains("--api-key-file");
    for (String command : List.of("http", "sandbox", "stdio")) {
      assertThat(run(command, "--help").out())
          .as(command)
          .contains("--github-token-file")
          .contains("GITHUB_TOKEN")
          .contains("ILERT_GITHUB_TOKEN_FILE")
          .contains("--github-api-url")
          .contains("ILERT_GITHUB_API_URL")
          .contains("--github-repos")
          .contains("ILERT_GITHUB_REPOS");
    }
    assertThat(run("emulator", "--help").out()).contains("ILERT_EMULATOR_PORT");
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndAnUnknownOneIsNamed() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("http ", "stdio ", "sandbox ", "emulator ");
    Run unknown = run("serve");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("'serve'");
  }

  @Test
  void invalidConfigurationFailsWithOneClearLine() {
    assertOneLineError(
        run("http", "--access", "root"), "--access must be read, respond, manage or admin");
    assertOneLineError(run("sandbox", "--toolsets", "alertz"), "unknown toolset 'alertz'");
    assertOneLineError(run("sandbox", "--exclude-tools", "nope"), "unknown tool 'nope'");
    assertOneLineError(run("http", "--port", "70000"), "--port must be between 0 and 65535");
    assertOneLineError(
        run("http", "--max-result-tokens", "1000"),
        "--max-result-tokens must be between 2500 and 100000");
    assertOneLineError(run("http", "--ilert-url", "ftp://x"), "--ilert-url must be an http(s) URL");
    assertOneLineError(run("http", "--port", "abc"), "--port");
    assertOneLineError(run("http", "--bogus"), "Unknown option: '--bogus'");
  }

  @Test
  void invalidGitHubConfigurationFailsWithOneClearLine(@TempDir Path dir) throws Exception {
    assertOneLineError(
        run("http", "--github-repos", "checkout-service"),
        "--github-repos entry 'checkout-service' must be name=owner/repo");
    assertOneLineError(
        run("sandbox", "--github-repos", "Checkout API=acme/checkout,payments=acme"),
        "--github-repos entry 'payments=acme' must be name=owner/repo");
    Path missing = dir.resolve("no-such-token");
    assertOneLineError(
        run("sandbox", "--github-token-file", missing.toString()),
        "cannot read --github-token-file " + missing);
    assertOneLineError(
        run("http", "--github-api-url", "ftp://github.example"),
        "--github-api-url must be an http(s) URL");
    Run credentials = run("http", "--github-api-url", "https://me:hunter2@github.example/api/v3");
    assertOneLineError(credentials, "--github-api-url must not contain credentials");
    assertThat(credentials.err()).doesNotContain("hunter2");
    Path token = Files.writeString(dir.resolve("token"), "ghp_" + "x".repeat(20) + " y\n");
    Run bad = run("http", "--github-token-file", token.toString());
    assertOneLineError(bad, "does not hold a single-line GitHub token");
    assertThat(bad.err()).doesNotContain("xxxxxxxxxx");
  }

  @Test
  void aShortOrMissingRequestStateSecretFailsWithOneClearLine(@TempDir Path dir) throws Exception {
    Path shortSecret = Files.writeString(dir.resolve("secret"), "too-short\n");
    Run bad = run("http", "--request-state-secret-file", shortSecret.toString());
    assertOneLineError(bad, "--request-state-secret-file must hold at least 32 bytes");
    assertThat(bad.err()).doesNotContain("too-short");
    Path missing = dir.resolve("none");
    assertOneLineError(
        run("sandbox", "--request-state-secret-file", missing.toString()),
        "--request-state-secret-file: cannot read " + missing);
  }

  @Test
  void gitHubRepositoriesFromTheEnvironmentNeedAToken() throws Exception {
    Process p = java(Map.of("ILERT_GITHUB_REPOS", "checkout-service=acme/checkout"), "http");
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err.strip())
        .isEqualTo(
            "error: --github-repos needs a GitHub token: set --github-token-file or GITHUB_TOKEN");
  }

  private static void assertOneLineError(Run run, String message) {
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("error: ").contains(message);
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void environmentVariablesAreFallbacksForFlags() throws Exception {
    Process p = java(Map.of("ILERT_ACCESS", "superuser"), "http");
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err).contains("--access must be read, respond, manage or admin, not 'superuser'");
  }

  @Test
  void sandboxPrintsItsUrlToolTableDemoKeysAndClientConfigs() throws Exception {
    Process p = java(Map.of("ILERT_TOOLSETS", "alerts"), "sandbox", "--port", "0");
    try {
      List<String> lines = new ArrayList<>();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          lines.add(line);
          if (line.contains("\"--sandbox\"]")) {
            break;
          }
        }
      }
      String banner = String.join("\n", lines);
      assertThat(banner).containsPattern("listening on http://localhost:\\d+/mcp");
      assertThat(banner).contains("| alerts |").doesNotContain("| oncall |");
      assertThat(banner).containsPattern("key +role +may");
      assertThat(banner)
          .containsPattern(
              "demo-user-key +USER +read, respond to alerts, incidents \\+ status updates,"
                  + " overrides +<- in the configurations below")
          .containsPattern("demo-responder-key +RESPONDER +read, respond to alerts\\s*\n")
          .containsPattern("demo-stakeholder-key +STAKEHOLDER +read\\s*\n")
          .containsPattern("demo-admin-key +ADMIN +read, .*, admin\\s*\n");
      assertThat(banner).contains("Client configurations with demo-user-key");
      assertThat(banner)
          .contains("claude mcp add --transport http ilert")
          .contains("--header \"Authorization: Bearer demo-user-key\"");
      assertThat(banner).contains("\"AUTH_HEADER\":\"Bearer demo-user-key\"");
      assertThat(banner).doesNotContain("Bearer demo-responder-key");
      assertThat(banner).contains("Authorization:${AUTH_HEADER}");
      assertThat(banner)
          .contains("claude mcp add ilert -- java -jar ")
          .contains(" stdio --sandbox");
    } finally {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aBusyPortEndsWithOneLineNamingThePortAndTheFixes() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String port = Integer.toString(busy.getLocalPort());
      String fixes = "choose another with --port <n>, --port 0 for any free port, or ";
      assertBusy(
          java(Map.of(), "http", "--port", port),
          "error: port " + port + " on 127.0.0.1 is already in use; " + fixes + "ILERT_PORT=<n>");
      assertBusy(
          java(Map.of("ILERT_PORT", port), "sandbox"),
          "error: port " + port + " on 127.0.0.1 is already in use; " + fixes + "ILERT_PORT=<n>");
      assertBusy(
          java(Map.of(), "emulator", "--port", port),
          "error: port "
              + port
              + " on 127.0.0.1 is already in use; "
              + fixes
              + "ILERT_EMULATOR_PORT=<n>");
    }
  }

  private static void assertBusy(Process p, String line) throws Exception {
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ends instead of serving").isTrue();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(err).isEqualTo(2);
    assertThat(err.strip()).isEqualTo(line);
  }

  @Test
  void stdioSandboxTakesOnlyADemoKey() {
    assertOneLineError(
        run("stdio", "--sandbox", "--demo-key", "my-real-key"),
        "--demo-key must be one of demo-admin-key, demo-user-key");
    assertThat(run("stdio", "--help").out()).contains("--sandbox").contains("--demo-key");
  }

  @Test
  void whatTheKeyTableSaysEachRoleMayDoIsWhatTheEmulatorAllows() {
    try (IlertEmulator emulator = IlertEmulator.builder().demoOrganisation(true).build()) {
      for (DemoKey key : emulator.demoKeys()) {
        Role role = Role.valueOf(key.role());
        String may = DemoKeys.mayDo(key.role());
        assertThat(may).as(key.key()).startsWith("read");
        assertThat(may.contains("respond to alerts"))
            .as("%s may respond: %s", key.key(), may)
            .isEqualTo(Access.RESPOND.allows(role));
        assertThat(may.contains("incidents + status updates, overrides"))
            .as("%s may manage: %s", key.key(), may)
            .isEqualTo(Access.MANAGE.allows(role));
        assertThat(may.contains("admin")).as(key.key()).isEqualTo(Access.ADMIN.allows(role));
      }
      Role flow = Role.valueOf(DemoKeys.FLOW_ROLE);
      assertThat(Access.MANAGE.allows(flow)).as("the configs' key runs the on-call flow").isTrue();
      assertThat(Access.ADMIN.allows(flow)).as("and is not an admin key").isFalse();
    }
  }

  private static Process java(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("ILERT_") || k.equals("GITHUB_TOKEN"));
    pb.environment().putAll(env);
    return pb.start();
  }
}
