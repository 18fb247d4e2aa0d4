package org.ilertmcp.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The shape of the product module (docs/architecture.md): every package its own slice and no cycle
 * between them; layers from the command line down to the tool contract; the protocol transports and
 * the emulator reached only where the process is assembled.
 */
@AnalyzeClasses(
    packages = "org.ilertmcp.server",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String ROOT = "org.ilertmcp.server";

  /** One slice per package, the root package included. */
  private static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String pkg = javaClass.getPackageName();
          return pkg.equals(ROOT) || pkg.startsWith(ROOT + ".")
              ? SliceIdentifier.of(pkg)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "packages of " + ROOT;
        }
      };

  @ArchTest
  static final ArchRule noPackageCycles = slices().assignedFrom(PACKAGES).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Command line")
          .definedBy(ROOT + ".cli..")
          .layer("Assembly")
          .definedBy(ROOT)
          .layer("Surfaces")
          .definedBy(
              ROOT + ".catalog..", ROOT + ".confirm..", ROOT + ".resources..", ROOT + ".prompts..")
          .layer("Tools")
          .definedBy(ROOT + ".tools..")
          .layer("Tool contract")
          .definedBy(ROOT + ".tool")
          .layer("Tool kit")
          .definedBy(ROOT + ".tool.input..", ROOT + ".tool.output..")
          .layer("GitHub")
          .definedBy(ROOT + ".github..")
          .whereLayer("Command line")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Assembly")
          .mayOnlyBeAccessedByLayers("Command line")
          .whereLayer("Surfaces")
          .mayOnlyBeAccessedByLayers("Command line", "Assembly", "Surfaces")
          .whereLayer("Tools")
          .mayOnlyBeAccessedByLayers("Surfaces", "Tools")
          .whereLayer("Tool contract")
          .mayOnlyBeAccessedByLayers("Command line", "Assembly", "Surfaces", "Tools")
          .whereLayer("GitHub")
          .mayOnlyBeAccessedByLayers(
              "Command line", "Assembly", "Surfaces", "Tools", "Tool contract");

  @ArchTest
  static final ArchRule onlyTheProcessKnowsTransportsAndTheEmulator =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".*..")
          .and()
          .resideOutsideOfPackage(ROOT + ".cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.ilertmcp.mcp.transport..", "org.ilertmcp.emulator..")
          .because(
              "tools, resources and prompts run behind the dispatcher, against any ilert; only the"
                  + " process (Main, SandboxMode) picks a transport or starts the emulator");

  @ArchTest
  static final ArchRule toolsSpeakToIlertOnlyThroughTheClient =
      noClasses()
          .that()
          .resideInAnyPackage(ROOT + ".tool..", ROOT + ".tools..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.net.http..", "org.ilertmcp.client.core..")
          .because("the ilert client is the one HTTP choke point (ARCHITECTURE §2)");
}
