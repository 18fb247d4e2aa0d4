package org.ilertmcp.emulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The emulator's packages point one way, and it stays independent of the client, so a mapping bug
 * in the client cannot hide behind a shared model.
 */
class ArchitectureTest {
  /** The module's main classes, read from its own output directory only. */
  private static final JavaClasses EMULATOR = new ClassFileImporter().importPath(mainClasses());

  private static Path mainClasses() {
    try {
      return Path.of(
          IlertEmulator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every package, the module's root package included, is its own slice. */
  private static final SliceAssignment BY_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(com.tngtech.archunit.core.domain.JavaClass c) {
          return SliceIdentifier.of(c.getPackageName());
        }

        @Override
        public String getDescription() {
          return "packages of the emulator";
        }
      };

  @Test
  void packagesAreFreeOfCycles() {
    assertThat(EMULATOR.size()).isGreaterThan(100);
    slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(EMULATOR);
  }

  @Test
  void theEmulatorDoesNotUseTheClient() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.ilertmcp.client..")
        .check(EMULATOR);
  }
}
