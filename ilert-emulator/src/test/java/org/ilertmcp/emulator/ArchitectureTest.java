package org.ilertmcp.emulator;

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
 * The emulator's packages point one way, and it stays independent of the client, so a mapping bug
 * in the client cannot hide behind a shared model.
 */
@AnalyzeClasses(
    packages = "org.ilertmcp.emulator",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  /** Every package is its own slice, the module's root package included. */
  private static final SliceAssignment BY_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "packages of the emulator";
        }
      };

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles();

  @ArchTest
  static final ArchRule independentOfTheClient =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ilertmcp.client..")
          .because("the emulator checks the client; sharing its model would hide mapping bugs");
}
