package io.deckhand.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of docs/architecture.md, checked on the compiled main classes. Every rule refuses an
 * empty match, so a renamed or emptied package fails here instead of passing unchecked.
 */
class LayeringTest {
    private static final String[] JAVA = {"java.."};
    private static final String FLEXMARK = "com.vladsch.flexmark..";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final String SNAKEYAML = "org.yaml.snakeyaml..";
    private static final String JSOUP = "org.jsoup..";
    private static final String SLF4J = "org.slf4j..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.deckhand");
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(false).check(classes);
    }

    private static String[] with(String... packages) {
        String[] all = new String[packages.length + JAVA.length];
        System.arraycopy(packages, 0, all, 0, packages.length);
        System.arraycopy(JAVA, 0, all, packages.length, JAVA.length);
        return all;
    }

    @Test
    void domainIsPureJava() {
        check(classes().that().resideInAPackage("io.deckhand.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.domain..")));
    }

    @Test
    void textIsALeafOfPureJava() {
        check(classes().that().resideInAPackage("io.deckhand.text..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.text..")));
    }

    @Test
    void notesReadsWithFlexmarkJacksonAndRender() {
        check(classes().that().resideInAPackage("io.deckhand.notes..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.notes..", "io.deckhand.domain..",
                        "io.deckhand.text..", "io.deckhand.render..", FLEXMARK, JACKSON, SNAKEYAML)));
    }

    @Test
    void renderIsStringsInStringsOut() {
        check(classes().that().resideInAPackage("io.deckhand.render..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.render..", "io.deckhand.domain..",
                        "io.deckhand.text..", FLEXMARK, JACKSON, SNAKEYAML, JSOUP, SLF4J, "org.eclipse.elk..",
                        "org.eclipse.emf..")));
    }

    @Test
    void exchangeKnowsOnlyFileFormats() {
        check(classes().that().resideInAPackage("io.deckhand.exchange..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.exchange..", "io.deckhand.domain..",
                        FLEXMARK, JACKSON, JSOUP, SLF4J, "org.sqlite..", "com.github.luben.zstd..", "org.apache.commons.csv..")));
    }

    @Test
    void theQualityGateIsAPureStageOverDomainValues() {
        check(classes().that().resideInAPackage("io.deckhand.notes.gate..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.notes.gate..", "io.deckhand.domain..",
                        "io.deckhand.text..")));
    }

    @Test
    void quizIsPureGenerationAndGrading() {
        check(classes().that().resideInAPackage("io.deckhand.quiz..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.quiz..", "io.deckhand.domain..",
                        "io.deckhand.text..", "io.deckhand.render..", JACKSON, SNAKEYAML)));
    }

    @Test
    void storageKnowsOnlyDomainPortsAndJdbc() {
        check(classes().that().resideInAPackage("io.deckhand.storage..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(with("io.deckhand.storage..", "io.deckhand.domain..",
                        "io.deckhand.app.port..", "io.deckhand.app.error..", "org.sqlite..", "org.slf4j..")));
    }

    @Test
    void appDoesNotKnowStorageOrFrontEnds() {
        check(noClasses().that().resideInAPackage("io.deckhand.app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.storage..", "io.deckhand.ui..",
                        "io.deckhand.cli..", "io.deckhand.bootstrap..", "javafx..", "java.sql.."));
    }

    @Test
    void theUiGoesThroughTheApp() {
        // quiz: the question and grade values the quiz screens show; render: see theUiLeavesCardPagesToTheApp.
        check(noClasses().that().resideInAPackage("io.deckhand.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.storage..", "java.sql..",
                        "io.deckhand.exchange..", "io.deckhand.notes..", "io.deckhand.cli..", "io.deckhand.bootstrap.."));
    }

    @Test
    void theUiLeavesCardPagesToTheApp() {
        // Card pages (Markdown, YAML checks, diagrams, media) are built by app.render.CardPages on the worker;
        // the ui keeps render.highlight (the manifest answer editor) and render.diagram (diagram export).
        check(noClasses().that().resideInAPackage("io.deckhand.ui..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.deckhand.render..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                                "io.deckhand.render.highlight..", "io.deckhand.render.diagram..")))));
        check(classes().that().haveFullyQualifiedName("io.deckhand.ui.cardview.CardView")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.deckhand.app.render.CardPages"));
    }

    @Test
    void theCommandLineGoesThroughTheAppOrThePureFormatLayers() {
        // exchange: imports go through app.exchange (ImportOptions, TextReading), never the format readers.
        check(noClasses().that().resideInAPackage("io.deckhand.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.storage..", "java.sql..",
                        "io.deckhand.exchange..", "io.deckhand.ui..", "io.deckhand.bootstrap..", "javafx.."));
    }

    @Test
    void bootstrapWiresEverythingBelowTheFrontEnds() {
        check(noClasses().that().resideInAPackage("io.deckhand.bootstrap..")
                .should().dependOnClassesThat().resideInAnyPackage("io.deckhand.ui..", "io.deckhand.cli..", "javafx.."));
    }

    @Test
    void javafxOnlyInTheUi() {
        check(noClasses().that().resideOutsideOfPackages("io.deckhand.ui..")
                .and().doNotHaveFullyQualifiedName("io.deckhand.DeckhandApp")
                .and().doNotHaveFullyQualifiedName("io.deckhand.Launcher")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
        check(noClasses().that().resideOutsideOfPackage("io.deckhand.ui.cardview..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene.web.."));
    }

    @Test
    void noCyclesBetweenLayers() {
        check(slices().matching("io.deckhand.(*)..").should().beFreeOfCycles());
    }

    @Test
    void noCyclesBetweenAnyTwoPackagesAtAnyDepth() {
        // Each package is its own slice: io.deckhand.domain.schedule and io.deckhand.domain.schedule.fsrs differ.
        check(slices().matching("io.deckhand.(**)").should().beFreeOfCycles());
    }

    @Test
    void onlyTheCommandLineAndTheEntryPointsPrint() {
        // Launcher: the one-line "no window could open" message, before any UI exists.
        // DeckhandApp: --exit-after-shown's first_frame_ms / shown_ms lines and the study probe's output.
        check(noClasses().that().resideOutsideOfPackages("io.deckhand.cli..", "io.deckhand.bootstrap..")
                .and().doNotHaveFullyQualifiedName("io.deckhand.Launcher")
                .and().doNotHaveFullyQualifiedName("io.deckhand.DeckhandApp")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace"));
    }

    /** The ways a class can put work on another thread. */
    private static final DescribedPredicate<JavaConstructorCall> STARTS_A_THREAD_OR_POOL = describe(
            "a Thread, an executor or a fork-join pool",
            call -> {
                var owner = call.getTargetOwner();
                return owner.isAssignableTo(Thread.class) || owner.isAssignableTo(ExecutorService.class)
                        || owner.isAssignableTo(java.util.Timer.class);
            });

    private static final DescribedPredicate<JavaMethodCall> HANDS_WORK_TO_ANOTHER_THREAD = describe(
            "parallelStream, parallel, CompletableFuture.*Async, ForkJoinPool/ForkJoinTask work or Thread.start*",
            call -> {
                String name = call.getName();
                var owner = call.getTargetOwner();
                return name.equals("parallelStream")
                        || (name.equals("parallel") && owner.isAssignableTo(BaseStream.class))
                        || (owner.isAssignableTo(CompletableFuture.class) && name.endsWith("Async"))
                        || owner.isAssignableTo(ForkJoinPool.class) || owner.isAssignableTo(ForkJoinTask.class)
                        || (owner.isAssignableTo(Thread.class) && (name.startsWith("start") || name.startsWith("of")));
            });

    @Test
    void threadsAreStartedOnlyByTheTaskRunners() {
        // ui.common.FxTaskRunner / PeriodicTask / IdleWarmUp: the app's worker, its timers and its idle warm-up.
        // ui.common.ClassPreload: loads the first frame's classes on a second thread while the toolkit starts,
        // and warms the icon font and CSS parser on another once it runs.
        // bootstrap.SingleInstance: the one-window listener waits on its socket for the app's whole life.
        // app.notes.NotesExtractService: a parallel stream over independent note files (pure work, order kept).
        check(noClasses().that().doNotHaveFullyQualifiedName("io.deckhand.ui.common.FxTaskRunner")
                .and().doNotHaveFullyQualifiedName("io.deckhand.ui.common.PeriodicTask")
                .and().doNotHaveFullyQualifiedName("io.deckhand.ui.common.IdleWarmUp")
                .and().doNotHaveFullyQualifiedName("io.deckhand.ui.common.ClassPreload")
                .and().doNotHaveFullyQualifiedName("io.deckhand.bootstrap.SingleInstance")
                .and().doNotHaveFullyQualifiedName("io.deckhand.app.notes.NotesExtractService")
                .should().callConstructorWhere(STARTS_A_THREAD_OR_POOL)
                .orShould().callMethodWhere(HANDS_WORK_TO_ANOTHER_THREAD)
                .orShould().dependOnClassesThat().areAssignableTo(Executors.class)
                .orShould().dependOnClassesThat().areAssignableTo(ForkJoinPool.class));
    }

    @Test
    void theThreadRuleSeesEveryExemptedWay() {
        // The rule above must see what each exemption does, or an exemption hides nothing and the rule proves nothing.
        check(classes().that().haveFullyQualifiedName("io.deckhand.ui.common.FxTaskRunner")
                .should().callConstructorWhere(STARTS_A_THREAD_OR_POOL));
        check(classes().that().haveFullyQualifiedName("io.deckhand.app.notes.NotesExtractService")
                .should().callMethodWhere(HANDS_WORK_TO_ANOTHER_THREAD));
    }

    @Test
    void domainAppAndQuizTakeTimeAndRandomnessFromOutside() {
        check(noClasses().that().resideInAnyPackage("io.deckhand.domain..", "io.deckhand.app..", "io.deckhand.quiz..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callConstructor(java.util.Random.class)
                .orShould().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().areAssignableTo(java.util.concurrent.ThreadLocalRandom.class));
    }
}
