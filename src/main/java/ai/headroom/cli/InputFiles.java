package ai.headroom.cli;

import ai.headroom.cli.CliErrors.BadInputException;
import ai.headroom.core.pipeline.RequestReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input file or standard input, refusing more than the request size limit. */
final class InputFiles {

    private InputFiles() {}

    /** The bytes of {@code name} ("-" or null for standard input). */
    static byte[] read(String name, InputStream stdin) {
        try (InputStream in = name == null || name.equals("-") ? stdin : Files.newInputStream(Path.of(name))) {
            byte[] bytes = in.readNBytes(RequestReader.MAX_BODY_BYTES + 1);
            if (bytes.length > RequestReader.MAX_BODY_BYTES) {
                throw new BadInputException("input is larger than " + RequestReader.MAX_BODY_BYTES
                        + " bytes (100 MiB), the request size limit");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + name);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + (name == null ? "standard input" : name) + ": " + e.getMessage());
        }
    }
}
