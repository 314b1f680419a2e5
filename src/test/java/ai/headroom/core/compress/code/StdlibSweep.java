package ai.headroom.core.compress.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Compresses Python files with and without the skim and counts what happened: how many were skimmed, how
 * many skims fell back to the whole parse, and which outputs differ.
 */
record StdlibSweep(int files, int skimmed, int parseErrors, int unconfirmed, List<String> mismatches,
        long blankedBytes, long bytes) {

    /** The .py files under /usr/lib/python3*, sorted; empty where there are none. */
    static List<Path> stdlibFiles() throws IOException {
        Path lib = Path.of("/usr/lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> roots = Files.list(lib)) {
            for (Path root : roots.filter(p -> p.getFileName().toString().startsWith("python3")).sorted().toList()) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().forEach(out::add);
                }
            }
        }
        return out;
    }

    static StdlibSweep run(List<Path> paths, CodeCompressorSettings settings) {
        int skimmed = 0;
        int parseErrors = 0;
        int unconfirmed = 0;
        long blanked = 0;
        long bytes = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path path : paths) {
            String source = read(path);
            byte[] utf8 = source.getBytes(StandardCharsets.UTF_8);
            bytes += utf8.length;
            Optional<Skim> skim = PythonSkimmer.skim(utf8, settings);
            if (skim.isPresent()) {
                skimmed++;
                blanked += blankedBytes(utf8, skim.get().text());
                Optional<SyntaxNode> parsed = SyntaxTrees.parse(CodeLanguage.PYTHON, skim.get().text(), Long.MAX_VALUE,
                        settings.maxBodyLines());
                if (parsed.isEmpty() || parsed.get().hasError()) {
                    parseErrors++;
                } else if (!skimPlanHolds(source, settings)) {
                    unconfirmed++;
                }
            }
            if (!PythonSkimmerTest.compress(source, settings, true).equals(PythonSkimmerTest.compress(source, settings, false))) {
                boolean broken = SyntaxTrees.parse(CodeLanguage.PYTHON, utf8, Long.MAX_VALUE, 0).map(SyntaxNode::hasError)
                        .orElse(true);
                mismatches.add(path + (broken ? " (whole parse has errors)" : ""));
            }
        }
        return new StdlibSweep(paths.size(), skimmed, parseErrors, unconfirmed, mismatches, blanked, bytes);
    }

    /** True when the skim parses soundly and the plan made from it confirms the skim's checked regions. */
    static boolean skimPlanHolds(String source, CodeCompressorSettings settings) {
        return BraceSkimmerTest.usableSkim(CodeLanguage.PYTHON, source, settings);
    }

    private static long blankedBytes(byte[] source, byte[] skim) {
        long count = 0;
        for (int i = 0; i < source.length; i++) {
            if (source[i] != skim[i] && skim[i] == ' ') {
                count++;
            }
        }
        return count;
    }

    private static String read(Path path) {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
