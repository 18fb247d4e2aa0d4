package org.ilertmcp.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stdio configuration the sandbox prints starts the fastest way the files on disk allow. */
class BannerTest {

  @Test
  void theDistributionsLauncherIsUsedWhenItLiesBesideTheJar(@TempDir Path dir) throws Exception {
    Path jar =
        Files.createDirectories(dir.resolve("ilert-mcp/lib")).resolve("ilert-mcp-server.jar");
    Files.createFile(jar);
    Path launcher = executable(dir.resolve("ilert-mcp/bin/ilert-mcp"));
    assertThat(Banner.stdioCommand(jar.toString()))
        .containsExactly(launcher.toString(), "stdio", "--sandbox");
  }

  @Test
  void theBuildsJarPointsAtTheLauncherTheBuildLaidOut(@TempDir Path dir) throws Exception {
    Path jar = dir.resolve("target/ilert-mcp-server.jar");
    Files.createDirectories(jar.getParent());
    Files.createFile(jar);
    Path launcher = executable(dir.resolve("target/ilert-mcp/bin/ilert-mcp"));
    assertThat(Banner.stdioCommand(jar.toString()))
        .containsExactly(launcher.toString(), "stdio", "--sandbox");
  }

  @Test
  void withoutALauncherItIsJavaDashJar(@TempDir Path dir) throws Exception {
    Path jar = Files.createFile(dir.resolve("ilert-mcp-server.jar"));
    assertThat(Banner.stdioCommand(jar.toString()))
        .containsExactly("java", "-jar", jar.toString(), "stdio", "--sandbox");
  }

  private static Path executable(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    return file;
  }
}
