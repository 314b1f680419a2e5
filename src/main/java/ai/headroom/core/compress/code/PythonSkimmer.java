package ai.headroom.core.compress.code;

import java.util.Optional;

/** Skims Python source (see {@link Skim}): not written yet, so every file is parsed whole. */
final class PythonSkimmer {

    private PythonSkimmer() {}

    static Optional<Skim> skim(byte[] utf8, CodeCompressorSettings settings) {
        return Optional.empty();
    }
}
