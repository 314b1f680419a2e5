package ai.headroom.cli;

import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

/**
 * The process entry point: parses the command line with picocli; only {@code headroom proxy} boots
 * Quarkus, so {@code compress}, {@code bench} and {@code retrieve} never open a port.
 */
@QuarkusMain
public final class HeadroomMain {

    private HeadroomMain() {}

    public static void main(String... args) {
        System.exit(run(args));
    }

    /** Runs a command and returns its exit code (0 ok, 1 not found / failed, 2 bad input or usage). */
    public static int run(String... args) {
        return run(new CommandLine(new HeadroomCommand()), args);
    }

    /** Runs a command on a prepared command line (tests set its output and error writers). */
    static int run(CommandLine cli, String... args) {
        // Enum options read as the README writes them: --cache-align move.
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("headroom: " + oneLine(e));
            return CliErrors.exitCodeOf(e);
        });
        cli.setParameterExceptionHandler((e, extra) -> {
            e.getCommandLine().getErr().println("headroom: " + e.getMessage()
                    + " (see 'headroom " + e.getCommandLine().getCommandName() + " --help')");
            return 2;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = msg.indexOf('\n');
        return nl < 0 ? msg : msg.substring(0, nl);
    }
}
