package ai.headroom.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in-process with a given standard input and captures what it prints. */
record Cli(int exitCode, String out, String err) {

    static Cli run(byte[] stdin, String... args) {
        InputStream saved = System.in;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin));
            CommandLine cli = new CommandLine(new HeadroomCommand());
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int code = HeadroomMain.run(cli, args);
            return new Cli(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    static Cli run(String... args) {
        return run(new byte[0], args);
    }
}
