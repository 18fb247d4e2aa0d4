package org.ilertmcp.mcp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the protocol layer: packages point one way, the dispatcher knows no transport, and
 * the module depends on nothing but the JDK, Jackson, Jetty, the schema validator and SLF4J.
 */
@AnalyzeClasses(packages = "org.ilertmcp.mcp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule noPackageCycles =
      slices().matching("org.ilertmcp.mcp.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheseLibraries =
      classes()
          .that()
          .resideInAPackage("org.ilertmcp.mcp..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.ilertmcp.mcp..",
              "java..",
              "javax.crypto..",
              "tools.jackson..",
              "org.eclipse.jetty..",
              "com.networknt.schema..",
              "org.apache.commons.text..",
              "org.slf4j..")
          .because("mcp-core knows nothing of ilert or of the other modules");

  @ArchTest
  static final ArchRule dispatcherKnowsNoTransport =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.ilertmcp.mcp.transport..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.ilertmcp.mcp.transport..", "org.eclipse.jetty..")
          .because("HTTP and stdio are interchangeable carriers of one dispatcher");

  @ArchTest
  static final ArchRule handlerContractsStayBelowTheDispatcher =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.ilertmcp.mcp.context..",
              "org.ilertmcp.mcp.tool..",
              "org.ilertmcp.mcp.resource..",
              "org.ilertmcp.mcp.prompt..",
              "org.ilertmcp.mcp.content..",
              "org.ilertmcp.mcp.json..",
              "org.ilertmcp.mcp.jsonrpc..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.ilertmcp.mcp.server..")
          .because("what a handler implements must not pull in the dispatcher that calls it");
}
