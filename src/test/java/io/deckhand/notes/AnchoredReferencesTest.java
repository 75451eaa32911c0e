package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a front stands alone only when each definite reference on it is resolved on the card. A case or
 * a purpose taken from one sentence must not point back at a thing an earlier sentence or item brought in
 * ("once the file is ready" after "write the spec to a file"), nor use "this" as its subject; a heading that
 * says something done is the question's setting ("When restoring a snapshot, ..."), not its subject.
 */
class AnchoredReferencesTest {

    @Test
    void aCaseOpeningWithAThingAnEarlierItemBroughtInIsNotCarded() {
        String note = """
                # Gadgets

                - Write the gadget spec to a file in your home folder
                - Once the file is saved, the controller picks the spec up within a minute
                - If a gadget spec names no owner, the controller rejects it
                """;
        List<CardDraft> cards = md(note);
        for (CardDraft c : cards) assertFalse(c.front().contains("the file is saved"), c.front());
        one(cards, CardKind.BASIC, "**Gadgets**: what happens if a gadget spec names no owner?");
    }

    @Test
    void theSameCaseWithoutAnEarlierFileIsCarded() {
        String note = """
                # Gadgets

                - Once the spec file is saved, the controller picks the spec up within a minute
                """;
        one(md(note), CardKind.BASIC, "what happens once the spec file is saved?");
    }

    @Test
    void aPurposeWithThisForItsObjectIsNotCarded() {
        String note = """
                # Drills

                ## Habits

                Teams forget a runbook they read once. To turn this into a habit, repeat the drill every month.
                To keep a drill short, time-box each step to ten minutes.
                """;
        List<CardDraft> cards = md(note);
        for (CardDraft c : cards) assertFalse(c.front().contains("turn this into"), c.front());
        one(cards, CardKind.BASIC, "How do you keep a drill short?");
    }

    @Test
    void aThingTheCardItselfNamesIsCarried() {
        // "the gadget" under the subject "Gadgets": the card says which.
        assertNull(Anaphora.pointsBack("**Gadgets**: what happens if the gadget is stuck?", null, "Create a gadget first."));
        // "the pod that mounts the claim": the clause after it says which pod.
        assertNull(Anaphora.pointsBack("What happens once the pod that mounts the claim is deleted?", null, "Start a pod."));
        // "the node" as any node: the text never brought one in.
        assertNull(Anaphora.pointsBack("What happens if your app needs more than the node has?", null, "Nodes have memory."));
    }

    @Test
    void aThingTheTextBroughtInIsPointedBackAt() {
        assertEquals("the node", Anaphora.pointsBack("What happens once the node is full?", null, "Start a small node with 2 GB."));
        assertEquals("the volume", Anaphora.pointsBack("How do you mount the volume?", null, "Add a volume to the pod spec."));
        // Further on in the case, "the node" is whichever node the case is about.
        assertNull(Anaphora.pointsBack("What happens if your app needs more than the node has?", null, "Start a small node."));
        assertEquals("anyway", Anaphora.pointsBack("How do you schedule a pod on a tainted node anyway?", null, ""));
        assertNull(Anaphora.pointsBack("How do you use a Job instead of a CronJob?", null, ""));
        assertEquals("the path", Anaphora.pointsBack("`mv a b`: what happens if the path is right?", null,
                "Pass a path to the manifests."));
        // "the chain" of a drive the text never brought in with "a chain": a part of the subject.
        assertNull(Anaphora.pointsBack("**Drives**: what happens if the chain is dry?", null, "If bent, the chain jumps."));
        assertEquals("that occurs", Anaphora.pointsBack("What happens when that occurs?", null, ""));
        assertEquals("the above", Anaphora.pointsBack("How do you apply the above?", null, ""));
        assertEquals("this subresource", Anaphora.pointsBack("How do you read this subresource?", null, ""));
        // "check that ...": a clause, no thing.
        assertNull(Anaphora.pointsBack("How do you check that a gadget runs?", null, "A gadget runs."));
    }

    @Test
    void aHeadingThatSaysSomethingDoneIsTheSetting() {
        assertEquals("restoring a snapshot", Phrasing.asAction("Restoring a snapshot"));
        assertEquals("you drain a node", Phrasing.asAction("Drain a node"));
        // Names of things: a describing -ing word, a verb's spelling before a noun, one word, code.
        assertNull(Phrasing.asAction("Rolling the update"));
        assertNull(Phrasing.asAction("Scheduling modes"));
        assertNull(Phrasing.asAction("Update strategy"));
        assertNull(Phrasing.asAction("`drain a node`"));
        String[] qa = Phrasing.claimItem("If a member is running, the restore fails", "Restoring a snapshot", true);
        assertNotNull(qa);
        assertEquals("When restoring a snapshot, what happens if a member is running?", qa[0]);
    }

    @Test
    void aPurposeUnderAHeadingThatSaysSomethingDoneIsAskedWithoutIt() {
        String[] qa = Phrasing.claimSentence("To find who may read a secret, ask the access checker", "Check the cluster", true);
        assertNotNull(qa);
        assertEquals("How do you find who may read a secret?", qa[0]);
    }

    @Property
    void aQuestionWithoutDeterminersPointsAtNothing(@ForAll("plainWords") List<String> words, @ForAll("told") String told) {
        String q = "What happens if " + String.join(" ", words) + "?";
        assertNull(Anaphora.pointsBack(q, null, told), q);
    }

    @Property
    void aThingTheSubjectNamesIsAlwaysCarried(@ForAll("nouns") String noun, @ForAll("told") String told) {
        String q = "**" + Character.toUpperCase(noun.charAt(0)) + noun.substring(1) + "**: what happens once the " + noun + " is ready?";
        assertNull(Anaphora.pointsBack(q, null, told + " Create a " + noun + "."), q);
    }

    @Property
    void aDemonstrativeStandingAloneAlwaysPointsBack(@ForAll("nouns") String noun, @ForAll("told") String told) {
        String q = "How do you turn this into a " + noun + "?";
        assertTrue(Anaphora.pointsBack(q, null, told) != null, q);
    }

    @Test
    void aLabelWithADeterminerOfItsOwnIsAskedWithoutAnother() {
        assertEquals("**Gadgets**: what are all platforms?", Phrasing.aboutIntro("All platforms:", "Gadgets", true));
        assertEquals("What are the supported platforms?", Phrasing.aboutIntro("Supported platforms:", null, false));
    }

    @Test
    void aPlainWordLabelIsAskedAsOneOfTheKindItsLeadInNames() {
        String note = """
                # Sprocket server

                ## Modules

                The server config loads the following modules of the sprocket server:

                * `errors`: Failed turns are written to the console.
                * `SpinLimit`: Caps the turns per second at the configured value.
                """;
        List<CardDraft> cards = md(note);
        one(cards, CardKind.DEFINITION, "What is the **errors** module of the sprocket server?");
        // A name keeps its own question.
        one(cards, CardKind.DEFINITION, "**SpinLimit**");
        assertFalse(cards.stream().anyMatch(c -> c.front().contains("the **SpinLimit** module")), cards.toString());
        assertEquals("What does the **retries** flag do?", Phrasing.asMember("What do **retries** do?", "retries", "Flags"));
        assertEquals("What is the **cache** policy of the proxy?", Phrasing.asMember("What is **cache**?", "cache", "Policies of the proxy"));
        assertEquals("Modules of the sprocket server", Phrasing.announcedKind("The config loads the following modules of the sprocket server:"));
        assertEquals("", Phrasing.announcedKind("The steps are as follows:"));
        assertEquals("", Phrasing.announcedKind("Run the following:"));
    }

    /** The question templates put "the" before a label; a label with a determiner of its own never gets a second one. */
    @Property
    void noTemplateDoublesADeterminer(@ForAll("determiners") String det, @ForAll("nounPhrases") String phrase,
                                      @ForAll("owners") String owner) {
        String label = Character.toUpperCase(det.charAt(0)) + det.substring(1) + " " + phrase;
        for (String q : new String[] {Phrasing.aboutIntro(label + ":", owner, true), Phrasing.stepsFor(label + ":", owner, false),
                Phrasing.partsOf(label, owner), Phrasing.pointsAbout(owner, label)}) {
            if (q == null) continue;
            assertFalse(DOUBLED.matcher(Inline.plain(q)).find(), q);
        }
    }

    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile(
            "(?i)\\bthe\\s+(?:the|a|an|all|each|every|your|our|my|their|its|some|any|both|most|many|several)\\b");

    @Provide
    Arbitrary<String> determiners() {
        return Arbitraries.of("the", "all", "each", "your", "our", "their", "some", "any", "most", "several", "both");
    }

    @Provide
    Arbitrary<String> nounPhrases() {
        return Arbitraries.of("platforms", "supported platforms", "steps", "key benefits", "worker nodes", "common pitfalls",
                "tips for upgrades", "benefits of probes", "open ports");
    }

    @Provide
    Arbitrary<String> owners() {
        return Arbitraries.of("Gadgets", "Sprocket drives", "Backups");
    }

    @Provide
    Arbitrary<List<String>> plainWords() {
        return Arbitraries.of("a", "gadget", "fails", "any", "spec", "is", "saved", "your", "app", "runs", "out", "of", "memory",
                "`kubectl`", "Pod", "node", "stays", "Pending").list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> nouns() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10)
                .filter(w -> !List.of("this", "that", "these", "those").contains(w));
    }

    @Provide
    Arbitrary<String> told() {
        return Arbitraries.of("", "Create a file.", "A gadget holds a spec.", "the file is there", "Start a node and a pod.");
    }
}
