package com.zongji.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.zongji.engine.archfixture.EngineReachingIntoAnAdapter;
import com.zongji.engine.archfixture.EngineUsingCamunda;
import org.junit.jupiter.api.Test;

/** Dependencies point inwards: adapters → processes/rules → engine; the engine knows no framework edges. */
class DependencyDirectionTest {

    static final ArchRule LAYERS_POINT_INWARDS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Engine").definedBy("com.zongji.engine..")
            .layer("Rules").definedBy("com.zongji.rules..")
            .layer("Processes").definedBy("com.zongji.processes..")
            .layer("Adapters").definedBy("com.zongji.adapters..", "com.zongji", "com.zongji.demo..")
            .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
            .whereLayer("Rules").mayOnlyBeAccessedByLayers("Adapters")
            .whereLayer("Processes").mayOnlyBeAccessedByLayers("Adapters")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Rules", "Processes", "Adapters");

    static final ArchRule ENGINE_KNOWS_NO_EDGES = noClasses().that().resideInAPackage("com.zongji.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.camunda..", "org.drools..", "org.kie..", "javax.sip..", "gov.nist..",
                    "org.springframework.web..", "org.springframework.security..", "jakarta.servlet..");

    /** Concepts of the engine may use one another, but never in a circle. */
    static final ArchRule ENGINE_CONCEPTS_FREE_OF_CYCLES = slices().matching("com.zongji.engine.(*)..")
            .should().beFreeOfCycles();

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.zongji");

    @Test
    void productionCodeDependsInwardsOnly() {
        assertThat(PRODUCTION.stream().map(c -> c.getPackageName()))
                .contains("com.zongji.engine.org", "com.zongji.adapters.web.org", "com.zongji.adapters.sip");
        LAYERS_POINT_INWARDS.check(PRODUCTION);
        ENGINE_KNOWS_NO_EDGES.check(PRODUCTION);
        ENGINE_CONCEPTS_FREE_OF_CYCLES.check(PRODUCTION);
    }

    @Test
    void anEngineClassUsingAnAdapterIsAViolation() {
        JavaClasses reversed = new ClassFileImporter().importClasses(EngineReachingIntoAnAdapter.class,
                com.zongji.adapters.web.security.SignedInUser.class);
        assertThat(LAYERS_POINT_INWARDS.evaluate(reversed).hasViolation()).isTrue();
    }

    @Test
    void anEngineClassUsingCamundaIsAViolation() {
        JavaClasses reversed = new ClassFileImporter().importClasses(EngineUsingCamunda.class);
        assertThat(ENGINE_KNOWS_NO_EDGES.evaluate(reversed).hasViolation()).isTrue();
    }
}
