package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated shell answers (fenced or inline, with prompts, pipes, sudo and variable prefixes):
 * commands of only other platforms' programs are faulted and the reason names them; one line that
 * runs or names an exam program, runs a program on no list (the notes' own tool), or an answer
 * without code, is never faulted. Programs are invented
 * names, so the property holds for any vocabulary the resource files list.
 */
class ExamProgramsProperties {
    private static final ExamPrograms PROGRAMS = new ExamPrograms(java.util.Set.of("ovenctl", "bakeadm"),
            java.util.Set.of("sudo", "cd", "grep", "ls", "ssh"), java.util.Set.of("pkgget", "cloudcli", "jvmtool", "flourmgr"));

    @Property(tries = 300)
    void onlyOtherPlatformsProgramsAreFaultedAndNamed(@ForAll("otherLines") List<String> lines, @ForAll boolean fenced) {
        String back = answer(lines, fenced);
        String fault = PROGRAMS.offExamFault("How is it done?", back, true);
        assertNotNull(fault, back);
        for (String line : lines) assertTrue(fault.contains(program(line)), fault + " / " + line);
    }

    @Property(tries = 300)
    void aLineRunningOrNamingAnExamProgramKeepsTheAnswer(@ForAll("otherLines") List<String> lines, @ForAll("examLine") String exam,
            @ForAll int at, @ForAll boolean fenced) {
        List<String> all = new ArrayList<>(lines);
        all.add(Math.floorMod(at, all.size() + 1), exam);
        String back = answer(all, fenced);
        assertNull(PROGRAMS.offExamFault("How is it done?", back, true), back);
    }

    @Property(tries = 200)
    void aCommandTheQuestionShowsIsReadWithTheAnswer(@ForAll("otherLines") List<String> lines, @ForAll boolean bold) {
        String shown = lines.get(0).replace("`", "");
        String question = "What does " + (bold ? "**" + shown + "**" : "`" + shown + "`") + " do?";
        String back = "It refreshes what the host knows.";
        assertNotNull(PROGRAMS.offExamFault(question, back, true), question);
        // Only a command card or a table row asks about the command it shows.
        assertNull(PROGRAMS.offExamFault(question, back, false), question);
    }

    @Property(tries = 200)
    void proseWithoutCodeIsNeverFaulted(@ForAll("otherLines") List<String> lines) {
        String back = String.join("\n", lines).replace("`", "");
        assertNull(PROGRAMS.offExamFault("How is it done?", back, true), back);
    }

    private static String answer(List<String> lines, boolean fenced) {
        if (fenced) return "```bash\n" + String.join("\n", lines) + "\n```";
        StringBuilder b = new StringBuilder();
        for (String l : lines) b.append("- `").append(l).append("`\n");
        return b.toString().strip();
    }

    /** The program of a generated line: after the prompt, variables and sudo. */
    private static String program(String line) {
        for (String w : line.split("\\s+")) {
            if (w.equals("$") || w.equals("sudo") || w.contains("=")) continue;
            return w;
        }
        throw new IllegalStateException(line);
    }

    @Provide
    Arbitrary<List<String>> otherLines() {
        Arbitrary<String> program = Arbitraries.of("pkgget", "cloudcli", "jvmtool", "flourmgr");
        Arbitrary<String> prefix = Arbitraries.of("", "$ ", "sudo ", "LANG=C ");
        Arbitrary<String> args = Arbitraries.of("update", "-l", "install -y crust", "clusters describe bakery", "--all");
        Arbitrary<String> pipe = Arbitraries.of("", " | grep oven", " && cd /srv");
        return Combinators.combine(prefix, program, args, pipe).as((p, prog, a, t) -> p + prog + " " + a + t).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> examLine() {
        return Arbitraries.of("ovenctl get trays", "proofctl list", "sudo trayd --check", "sudo bakeadm upgrade plan", "pkgget install -y bakeadm=1.2",
                "$ ovenctl describe oven a | grep State", "cloudcli get-credentials && ovenctl get ovens");
    }
}
