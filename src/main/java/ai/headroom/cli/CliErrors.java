package ai.headroom.cli;

import ai.headroom.core.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Maps what a command threw to an exit code: 2 for input the user can fix, 1 for everything else. */
final class CliErrors {

    private CliErrors() {}

    static int exitCodeOf(Throwable e) {
        if (e instanceof InvalidRequestException || e instanceof BadInputException
                || e instanceof IOException || e instanceof UncheckedIOException) {
            return 2;
        }
        return 1;
    }

    /** Input the user gave cannot be used; the message says why in one line. */
    static final class BadInputException extends RuntimeException {
        BadInputException(String message) {
            super(message);
        }
    }
}
