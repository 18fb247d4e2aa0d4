package org.ilertmcp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh clone builds and tests with nothing beside it: no POM, source, script or doc of the
 * repository refers to a file outside it.
 */
class SelfContainedRepositoryTest {

  @Test
  void nothingInTheRepositoryRefersOutsideIt() {
    String location = System.getProperty("repository.root");
    assertThat(location).as("system property repository.root").isNotBlank();
    Path root = Path.of(location).toAbsolutePath().normalize();
    assertThat(root.resolve("ilert-api-contract/pom.xml")).exists();
    Path here = root.resolve("ilert-api-contract/src/test/java/org/ilertmcp/contract");
    // The scanner and this test spell out the patterns they look for.
    Set<Path> scanner =
        Set.of(
            here.resolve("OutsideReferences.java"),
            here.resolve("SelfContainedRepositoryTest.java"));
    List<OutsideReferences.Finding> findings = new OutsideReferences(root).find(scanner);
    assertThat(findings).as("references outside the repository").isEmpty();
  }

  @Test
  void findsReferencesThatClimbOutOfTheRepository(@TempDir Path dir) throws Exception {
    Path root = Files.createDirectories(dir.resolve("repo"));
    Path module = Files.createDirectories(root.resolve("client/src/test/java/x"));
    Files.createDirectories(root.resolve(".ci"));
    Files.createDirectories(root.resolve("e2e"));
    Files.writeString(
        root.resolve("pom.xml"),
        "<p>${maven.multiModuleProjectDirectory}/../shared/api/openapi.yml</p>\n"
            + "<e2e>${maven.multiModuleProjectDirectory}/e2e</e2e>\n");
    Files.writeString(root.resolve("client/pom.xml"), "<relativePath>../pom.xml</relativePath>\n");
    Files.writeString(
        module.resolve("T.java"),
        "Path a = Path.of(\"../e2e\");\n"
            + "Path b = Path.of(\"../../shared/api/openapi.yml\");\n"
            + "String url = \"/alerts/../users\";\n"
            + "Path c = Path.of(\"/work/shared/api/openapi.yml\");\n");
    Files.writeString(root.resolve(".ci/run"), "cd \"$(dirname \"$0\")/..\"\n");
    Files.writeString(root.resolve("e2e/install.sh"), "cd \"$(dirname \"$0\")/../..\"\n");
    Files.createDirectories(root.resolve("client/target"));
    Files.writeString(root.resolve("client/target/out.txt"), "../../../elsewhere\n");

    assertThat(new OutsideReferences(root).find(Set.of()))
        .extracting(Object::toString)
        .containsExactly(
            "client/src/test/java/x/T.java:2: ../../shared/api/openapi.yml",
            "client/src/test/java/x/T.java:4: /work/shared/api/openapi.yml",
            "e2e/install.sh:1: $(dirname \"$0\")/../..",
            "pom.xml:1: ${maven.multiModuleProjectDirectory}/../shared/api/openapi.yml");
  }
}
