package ai.headroom.cli;

import ai.headroom.cli.CliErrors.BadInputException;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrMarker;
import ai.headroom.core.ccr.CcrStore;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code headroom retrieve HASH}: prints an original that an earlier {@code compress} stored. */
@Command(name = "retrieve", mixinStandardHelpOptions = true,
        description = "Print the original behind a marker's hash, byte for byte, from the persistent store.")
final class RetrieveCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HASH", description = "The 24-hex-character hash from a marker.")
    String hash;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!hash.matches("[0-9a-f]{" + CcrMarker.HASH_LENGTH + "}")) {
            throw new BadInputException("'" + hash + "' is not a marker hash (24 lower-case hex characters)");
        }
        Optional<String> original;
        try (CcrStore s = store.open(Settings.defaults())) {
            original = s.get("local", hash);
        }
        if (original.isEmpty()) {
            spec.commandLine().getErr().println("headroom: no original stored under " + hash + " in "
                    + store.directory() + " (expired, or compressed with another --store)");
            return 1;
        }
        spec.commandLine().getOut().print(original.get());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
