package io.deckhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.app.AppServices;
import io.deckhand.app.backup.CheckResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** "Check collection": integrity, foreign keys and schema; repairs what is safe after a backup. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check the collection (SQLite integrity check, foreign keys, schema) and repair what can "
                + "safely be repaired, after a backup. Exit code 1 when something is left unrepaired."})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    DeckhandCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CheckResult r;
        try (AppServices services = root.openServices()) {
            r = services.backups().check();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode n = mapper.createObjectNode();
            n.put("healthy", r.healthy());
            n.set("found", mapper.valueToTree(r.found()));
            n.set("repaired", mapper.valueToTree(r.repaired()));
            n.set("unresolved", mapper.valueToTree(r.unresolved()));
            if (r.backupBefore().isPresent()) n.put("backup", r.backupBefore().get().toString()); else n.putNull("backup");
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(n));
        } else {
            out.println(r.describe());
        }
        out.flush();
        return r.unresolved().isEmpty() ? 0 : 1;
    }
}
