package ai.headroom.core.compress.code;

import java.util.Optional;

/** Skims brace-delimited source (see {@link Skim}): not written yet, so every file is parsed whole. */
final class BraceSkimmer {

    private BraceSkimmer() {}

    static Optional<Skim> skim(CodeLanguage language, byte[] utf8, CodeCompressorSettings settings) {
        return Optional.empty();
    }
}
