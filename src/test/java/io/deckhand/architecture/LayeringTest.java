package io.deckhand.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/architecture.md, checked on the compiled main classes. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.deckhand");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void domainIsPureJava() {
        check(classes().that().resideInAPackage("io.deckhand.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.deckhand.domain..", "java.."));
    }

    @Test
    void formatLayersDoNotReachUpwards() {
        check(noClasses().that().resideInAnyPackage("io.deckhand.notes..", "io.deckhand.render..", "io.deckhand.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.app..", "io.deckhand.storage..",
                        "io.deckhand.ui..", "io.deckhand.cli..", "io.deckhand.bootstrap..", "javafx.."));
    }

    @Test
    void theQualityGateIsAPureStageOverDomainValues() {
        check(classes().that().resideInAPackage("io.deckhand.notes.gate..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.deckhand.notes.gate..", "io.deckhand.domain..",
                        "java.."));
    }

    @Test
    void quizIsPureGenerationAndGrading() {
        check(classes().that().resideInAPackage("io.deckhand.quiz..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.deckhand.quiz..", "io.deckhand.domain..",
                        "io.deckhand.render..", "java..", "com.fasterxml.jackson..", "org.yaml.snakeyaml.."));
    }

    @Test
    void storageKnowsOnlyDomainPortsAndJdbc() {
        check(classes().that().resideInAPackage("io.deckhand.storage..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.deckhand.storage..", "io.deckhand.domain..",
                        "io.deckhand.app.port..", "io.deckhand.app.error..", "java..", "org.sqlite..", "org.slf4j.."));
    }

    @Test
    void appDoesNotKnowStorageOrFrontEnds() {
        check(noClasses().that().resideInAPackage("io.deckhand.app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.storage..", "io.deckhand.ui..",
                        "io.deckhand.cli..", "io.deckhand.bootstrap..", "javafx..", "java.sql.."));
    }

    @Test
    void frontEndsGoThroughTheApp() {
        check(noClasses().that().resideInAnyPackage("io.deckhand.ui..", "io.deckhand.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.storage..", "java.sql.."));
        check(noClasses().that().resideInAPackage("io.deckhand.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.ui..", "io.deckhand.bootstrap..", "javafx.."));
    }

    @Test
    void javafxOnlyInTheUi() {
        check(noClasses().that().resideOutsideOfPackages("io.deckhand.ui..")
                .and().doNotHaveFullyQualifiedName("io.deckhand.DeckhandApp")
                .and().doNotHaveFullyQualifiedName("io.deckhand.Launcher")
                .and().resideOutsideOfPackage("io.deckhand")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
        check(noClasses().that().resideOutsideOfPackage("io.deckhand.ui.cardview..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene.web.."));
    }

    @Test
    void noCyclesBetweenLayers() {
        check(slices().matching("io.deckhand.(*)..").should().beFreeOfCycles());
    }

    @Test
    void onlyTheCommandLinePrintsToStandardOut() {
        check(noClasses().that().resideOutsideOfPackage("io.deckhand.cli..")
                .and().doNotHaveFullyQualifiedName("io.deckhand.Launcher")
                .and().doNotHaveFullyQualifiedName("io.deckhand.DeckhandApp")
                .should().accessField(System.class, "out"));
    }

    @Test
    void threadsAreStartedOnlyByTheTaskRunnerAndTheDatabase() {
        // SingleInstance: the one-window listener waits on its socket for the app's whole life.
        check(noClasses().that().resideOutsideOfPackages("io.deckhand.ui.common..", "io.deckhand.storage..")
                .and().doNotHaveFullyQualifiedName("io.deckhand.bootstrap.SingleInstance")
                .should().callConstructor(Thread.class)
                .orShould().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors"));
    }

    @Test
    void domainAndAppTakeTimeAndRandomnessFromOutside() {
        check(noClasses().that().resideInAnyPackage("io.deckhand.domain..", "io.deckhand.app..", "io.deckhand.quiz..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callMethod(Math.class, "random"));
    }
}
