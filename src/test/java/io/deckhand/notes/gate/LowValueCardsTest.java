package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples of cards not worth learning, on an invented subject (a bakery's oven scheduler): a
 * table cell without its row or that only grades, a fact about who made the subject, when or how
 * popular it is, and the notes' own file names. Their neighbours that state facts keep their tick.
 */
class LowValueCardsTest {
    private static final SourceRef NOTE = new SourceRef("n.md", 1, 1, List.of());

    private static Quality judged(CardKind kind, String front, String back) {
        return GateVerdicts.judged(NOTE, kind, front, back);
    }

    private static void unticked(Quality q, String saying) {
        GateVerdicts.unticked(q, saying);
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
        assertEquals(List.of(), q.reasons());
    }

    @Test
    void aGradedTableCellIsAMarkNotAFact() {
        unticked(judged(CardKind.TABLE_FACT, "**Ovenctl** — Batch baking?", "\u2705 Yes"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "Scheduler: **Crumb** — Speed?", "Very high"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "**Crumb** — Cron triggers?", "Not supported"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "**Crumb** — Multi-oven?", "*Partial*"), "graded cell");
    }

    @Test
    void aCellThatOnlyComparesOrIsEmptyIsAMarkNotAFact() {
        unticked(judged(CardKind.TABLE_FACT, "Oven: **Crumb** — Footprint?", "Lightweight"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "Oven: **Hearth** — Footprint?", "Slightly heavier"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "Oven: **Hearth** — Controls?", "Rich feature set"), "graded cell");
        unticked(judged(CardKind.TABLE_FACT, "Oven: **Crumb** — Steam port?", "N/A"), "N/A");
        unticked(judged(CardKind.TABLE_FACT, "Oven: **Crumb** — Steam port?", "TBD"), "graded cell");
    }

    @Test
    void aCellWithAValueNameOrCommandKeepsItsTickBesideJudgementWords() {
        kept(judged(CardKind.TABLE_FACT, "Oven: **Crumb** — Footprint?", "Lightweight: 40 kg"));
        kept(judged(CardKind.TABLE_FACT, "Oven: **Hearth** — Controls?", "`set` and `unset`"));
        kept(judged(CardKind.TABLE_FACT, "Oven: **Hearth** — Fuel?", "Heavier Gasoil"));
    }

    @Test
    void aTableCellThatStatesSomethingKeepsItsTick() {
        kept(judged(CardKind.TABLE_FACT, "**Crumb** — Scope?", "per bakery"));
        kept(judged(CardKind.TABLE_FACT, "**Crumb** — Default port?", "8470"));
        kept(judged(CardKind.TABLE_FACT, "**Crumb** — Batch baking?", "Yes, with `--batch`"));
        kept(judged(CardKind.TABLE_FACT, "Exit status: **137** — Meaning?", "killed for using too much memory"));
    }

    @Test
    void aCloudProvidersCellIsThatProvidersNotTheSubjects() {
        unticked(judged(CardKind.TABLE_FACT, "Concept: **Oven identity** — AWS EKS?", "A role bound to the oven's account"), "cloud provider");
        unticked(judged(CardKind.TABLE_FACT, "Concept: **Oven logs** — Google GKE?", "Sent to the provider's log store, on by default"),
                "cloud provider");
        unticked(judged(CardKind.TABLE_FACT, "Provider: **Azure AKS** — Oven logs?", "Sent to the provider's monitor"), "cloud provider");
        // A row or column that only mentions a cloud beside other words is the subject's.
        kept(judged(CardKind.TABLE_FACT, "Concept: **Oven logs** — Crumb?", "Kept on the oven's own disk for a week"));
        kept(judged(CardKind.TABLE_FACT, "Storage: **Cloud block disks** — Access mode?", "`ReadWriteOnce`"));
    }

    @Test
    void aValueOfTheAuthorsOwnMachinesIsNoFact() {
        unticked(judged(CardKind.BASIC, "Which host runs the proofer?", "worker-node2 in your case"), "author's own machines");
        unticked(judged(CardKind.BASIC, "What address does the oven panel get?", "192.168.56.21"), "192.168.56.21");
        unticked(judged(CardKind.TABLE_FACT, "Oven: **Crumb** — Address?", "e.g. 10.0.3.7"), "10.0.3.7");
        // A range, a loopback or wildcard address, a port and a value with words of its own are facts.
        kept(judged(CardKind.BASIC, "Which range do the ovens' addresses come from by default?", "10.244.0.0/16"));
        kept(judged(CardKind.BASIC, "Where does the oven store listen?", "127.0.0.1:2379"));
        kept(judged(CardKind.BASIC, "Which address does the panel bind to listen on every interface?", "0.0.0.0"));
        kept(judged(CardKind.BASIC, "Which address does the oven DNS service get?", "The tenth of the range, 10.96.0.10"));
        kept(judged(CardKind.COMMAND, "How do you reach the panel?", "`curl http://192.168.56.21:8080/status`"));
    }

    @Test
    void aTableCardMustNameItsRow() {
        unticked(judged(CardKind.TABLE_FACT, "**3** — Command?", "`ovenctl drain`"), "named only by its place");
        unticked(judged(CardKind.TABLE_FACT, "**Step 2** — Command?", "`ovenctl drain`"), "named only by its place");
        unticked(judged(CardKind.TABLE_FACT, "#: **4** — Command?", "`ovenctl drain`"), "named only by its place");
    }

    @Test
    void historyVendorAndPopularityAreNotTheSubject() {
        unticked(judged(CardKind.BASIC, "Who originally developed **Crumb**?", "The Flour Guild"), "where its subject comes from");
        unticked(judged(CardKind.BASIC, "When was Crumb first released?", "In 2016"), "where its subject comes from");
        unticked(judged(CardKind.BASIC, "Which companies use Crumb?", "Large bakery chains"), "where its subject comes from");
        unticked(judged(CardKind.DEFINITION, "What is **Crumb's origin**?", "Originally developed by the Flour Guild in 2016."),
                "where its subject comes from");
        unticked(judged(CardKind.BASIC, "Why choose Crumb?", "It is widely adopted across the industry."), "how popular");
        unticked(judged(CardKind.BASIC, "What backs the Crumb project?", "It has a large and active community."), "how popular");
    }

    @Test
    void whatTheSubjectDoesKeepsItsTickEvenNearHistoryWords() {
        kept(judged(CardKind.DEFINITION, "What is **Crumb**?", "A scheduler that assigns dough batches to ovens by free capacity."));
        kept(judged(CardKind.BASIC, "Who restarts a failed bake?", "The oven supervisor restarts it after the cool-down delay."));
        kept(judged(CardKind.COMMAND, "How do you show the release history of a bake plan?", "`ovenctl plan history loaves`"));
        kept(judged(CardKind.BASIC, "When is a batch released to the ovens?",
                "When every tray of the batch has proofed for its rise time."));
    }

    @Test
    void theNotesOwnFilesAreNoAnswer() {
        unticked(judged(CardKind.LIST, "What are the rules of **Proofing**?", "- See README.md for the details\n- Proof for 40 minutes"),
                "README.md");
        unticked(judged(CardKind.BASIC, "Where are the oven settings described?", "In `setup/02-ovens.md`"), "02-ovens.md");
        // A link renders as its text: the linked note's name is the subject's, not a file.
        kept(judged(CardKind.DEFINITION, "What does **Proofer** do?", "Warms the dough before it goes into an [Oven](Oven.md)."));
        kept(judged(CardKind.COMMAND, "How do you read the oven's config?", "`cat /etc/bakery/oven.yaml`"));
    }

    private static Quality under(String heading, String front, String back) {
        return GateVerdicts.judged(new SourceRef("n.md", 1, 1, List.of("Crumb", heading)), CardKind.DEFINITION, front, back);
    }

    @Test
    void aSectionAboutTheSubjectsHistoryOrCommunityIsNotTheSubject() {
        unticked(under("History of Crumb", "What is **Crumb 1.0**?", "The first scheduler, for one oven only."), "history");
        unticked(under("Project status", "What is **Proving**?", "The second stage: wider use, active work."), "Project status");
        unticked(under("2. Community", "What is **Bakers' Circle**?", "The group that reviews new oven drivers."), "Community");
        // A section that records the subject's own history of changes is about the subject.
        kept(under("Bake history", "What is **a bake record**?", "The oven's log entry for one finished batch."));
        kept(under("Scheduling", "What is **Crumb**?", "A scheduler that assigns dough batches to ovens by free capacity."));
    }

    @Test
    void aDesktopShellCommandAskedAboutIsPersonalSetup() {
        unticked(judged(CardKind.COMMAND, "What does `ovenctl get ovens | Select-String -Pattern 'hot'` do?", "Lists the hot ovens."),
                "Select-String");
        kept(judged(CardKind.COMMAND, "What does `ovenctl get ovens | grep hot` do?", "Lists the hot ovens."));
    }

    @Test
    void commandsOfAnotherPlatformAreNotTheExams() {
        unticked(judged(CardKind.COMMAND, "How do you refresh the package index on the oven host?", "```bash\nsudo apt-get update\n```"),
                "apt-get");
        unticked(judged(CardKind.TABLE_FACT, "Cloud: **Crumb Cloud** — Describe the oven cluster?", "`gcloud container clusters describe`"),
                "gcloud");
        unticked(judged(CardKind.BASIC, "What do you do if the oven package fails to install?", "Follow up with `sudo apt-get install -f`"),
                "apt-get");
        unticked(judged(CardKind.COMMAND, "How do you list the oven's JVM processes?", "`jps -l`"), "jps");
        unticked(judged(CardKind.COMMAND, "How do you follow the logs of every oven pod at once?", "`stern oven`"), "stern");
        // The command a table row or a command card's question shows is read with its answer.
        unticked(judged(CardKind.TABLE_FACT, "Command: **apt-get upgrade -y** — Operation?", "upgrades every package of the oven host"),
                "apt-get");
        unticked(judged(CardKind.COMMAND, "What does `docker-compose up -d` do?", "Starts the bakery's services in the background."),
                "docker-compose");
    }

    @Test
    void aCaseAskedOfAWorkstationCommandIsNotTheExams() {
        // The command a case is asked of is read with its answer, as a command card's is.
        unticked(judged(CardKind.BASIC, "`qemu-img check oven.qcow2`: what happens if errors are found?",
                "The safest fix is to recreate the oven's disk."), "qemu-img");
        unticked(judged(CardKind.BASIC, "`ls -la oven.qcow2`: what happens if the backing path is relative?",
                "Recreate the disk with an absolute path:\n\n```bash\nqemu-img create -f qcow2 -b base.img oven.qcow2 40G\n```"),
                "qemu-img");
        // A case asked of a shell utility, or of the notes' own tool, keeps its tick.
        kept(judged(CardKind.BASIC, "`df -h /`: what happens if the oven's root filesystem is full?",
                "The oven agents fail in unpredictable ways."));
        kept(judged(CardKind.BASIC, "`ovenctl drain oven-a`: what happens if a tray is still baking?",
                "The tray is moved to another oven when it is done."));
    }

    @Test
    void commandsThatRunOrNameAnExamProgramKeepTheirTick() {
        kept(judged(CardKind.COMMAND, "How do you install the pinned kubeadm on the oven host?",
                "```bash\nsudo apt-get update\nsudo apt-get install -y kubeadm=1.30.1-1.1\n```"));
        kept(judged(CardKind.COMMAND, "How do you list the ovens?", "```bash\n$ kubectl get ovens -A\n```"));
        kept(judged(CardKind.TABLE_FACT, "Command: **ovenctl drain oven-a** — Operation?", "moves its trays to the other ovens"));
        kept(judged(CardKind.COMMAND, "What does `docker build -t crumb .` do?", "Builds the crumb image from the folder's Dockerfile."));
        kept(judged(CardKind.COMMAND, "How do you read the oven agent's log?", "`journalctl -u kubelet -f`"));
        // The notes' own tool, on no list, is the subject's; shell utilities and moves between machines say nothing.
        kept(judged(CardKind.COMMAND, "How do you drain an oven?", "```bash\nsudo apt-get update\novenctl drain oven-a\n```"));
        kept(judged(CardKind.COMMAND, "How do you count the trays on the oven host?", "```bash\nssh oven1\nls /srv/trays | wc -l\n```"));
        // A term in code is no command, and an explanation is learnt, not the command beside it.
        kept(judged(CardKind.LIST, "What are the rules of **Proofing**?", "- Avoid `crust busting` above the rack\n- Proof for 40 minutes"));
        kept(judged(CardKind.BASIC, "Why does the oven host keep its own package cache?",
                "Because the bakery's hosts have no route to the internet during a bake, every package the oven tools need is "
                        + "mirrored on the host the night before, and the bake never waits for a download; refresh it with "
                        + "`sudo apt-get update` after the mirror changes."));
    }

    @Test
    void printedOutputIsNotACommand() {
        kept(judged(CardKind.COMMAND, "Which command lists the ovens with their state?",
                "```bash\nkubectl get ovens\nNAME    STATE   AGE\noven-a  Ready   5d\n```"));
        // Output alone (the command is on the front) runs no other platform's program either.
        kept(judged(CardKind.COMMAND, "What does `kubectl get ovens` print?", "```\nNAME    STATE   AGE\nproofer-a  hot  Ready\n```"));
    }
}
