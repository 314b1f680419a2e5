package ai.headroom.cli;

import picocli.CommandLine.Command;

/** {@code headroom}: the top-level command that lists the subcommands. */
@Command(name = "headroom", mixinStandardHelpOptions = true, version = "headroom 0.1.0",
        description = "Cuts what AI agents send to LLMs down to what matters; every original stays retrievable.",
        subcommands = {ProxyCommand.class, CompressCommand.class, RetrieveCommand.class, BenchCommand.class})
public final class HeadroomCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
