package org.ilertmcp.client.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The client's packages point one way: the facade ({@code api}) over one package per ilert
 * resource, over the request core and the HTTP exchange. Every request leaves through the core, so
 * retries, pacing, deadlines and error mapping live in one place.
 */
@AnalyzeClasses(
    packages = "org.ilertmcp.client",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
  private static final String ROOT = "org.ilertmcp.client";

  /** Every package is its own slice, the module's root package included. */
  private static final SliceAssignment BY_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "packages of the client";
        }
      };

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheFacadeAssemblesTheClient =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".api")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".api")
          .because("resource packages are reached through the facade, never the other way");

  @ArchTest
  static final ArchRule httpOnlyThroughTheCore =
      noClasses()
          .that()
          .resideOutsideOfPackages(ROOT + ".core", ROOT + ".http", ROOT + ".api", ROOT + ".raw")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.net.http..")
          .because("every ilert request leaves through the core's one choke point");

  @ArchTest
  static final ArchRule theExchangeKnowsNoResource =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".http")
          .should()
          .dependOnClassesThat(
              resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".http")))
          .because("the HTTP exchange is shared plumbing below every resource");

  @ArchTest
  static final ArchRule standsAlone =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.ilertmcp.mcp..", "org.ilertmcp.server..", "org.ilertmcp.emulator..")
          .because("the client is usable without the MCP server or the emulator");
}
