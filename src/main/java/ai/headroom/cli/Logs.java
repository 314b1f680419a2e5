package ai.headroom.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps library logging off the terminal for commands whose output is meant for pipes. */
final class Logs {

    /** Held so the JUL configuration is not garbage-collected away. */
    private static final Logger[] QUIET = {
        Logger.getLogger("org.infinispan"), Logger.getLogger("org.jgroups"), Logger.getLogger("org.jboss")
    };

    private Logs() {}

    static void quiet() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
