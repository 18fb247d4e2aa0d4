package org.ilertmcp.server.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.ilertmcp.server.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The {@code --resource-poll-seconds} option: documented on every serving command, validated. */
class ResourcePollOptionTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cmd = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void documentedWithItsEnvironmentFallbackAndDefault() {
    for (String command : List.of("http", "sandbox", "stdio")) {
      String help = run(command, "--help").out();
      assertThat(help)
          .as(command)
          .contains("--resource-poll-seconds")
          .contains("ILERT_RESOURCE_POLL_SECONDS")
          .contains("Default: 15");
    }
  }

  @Test
  void outOfRangeValuesFailWithOneClearLine() {
    for (String value : List.of("0", "-5", "3601")) {
      Run run = run("sandbox", "--resource-poll-seconds", value);
      assertThat(run.exit()).as(value).isEqualTo(2);
      assertThat(run.err().strip())
          .as(value)
          .startsWith("error: ")
          .contains("--resource-poll-seconds must be between 1 and 3600");
      assertThat(run.err().strip().lines()).hasSize(1);
    }
  }
}
