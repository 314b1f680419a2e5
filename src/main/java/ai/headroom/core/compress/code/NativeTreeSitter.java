package ai.headroom.core.compress.code;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * The tree-sitter library this project builds with optimisation (natives/treesitter/build.sh) for
 * Linux x86-64: loaded from the jar once, it parses a source text and returns the whole tree in one
 * JNI call. Elsewhere, or when it cannot load, {@link #available()} is false and callers use the
 * io.github.bonede binding.
 */
final class NativeTreeSitter {

    private static final String RESOURCE = "/natives/linux-x86_64/libheadroom-treesitter.so";
    private static final Cleaner CLEANER = Cleaner.create();
    /** Names by {@link CodeLanguage#ordinal()}; null when the library did not load. */
    private static final GrammarNames[] NAMES = load();
    /** Tree-sitter parsers are single-threaded; each holder frees its parser once its thread is gone. */
    private static final ThreadLocal<Parser> PARSERS = ThreadLocal.withInitial(Parser::new);

    private NativeTreeSitter() {}

    /** True when the bundled library loaded on this platform. */
    static boolean available() {
        return NAMES != null;
    }

    /**
     * Parses UTF-8 source, giving up after {@code budgetMicros} (0: no limit); empty when the parse was
     * cancelled or the library is not available. With {@code expandRows} above 0 only the children of
     * the root, of nodes spanning at least that many rows, of their children and of nodes holding an
     * error are read; other nodes come back as leaves.
     */
    static Optional<FlatTree> parse(CodeLanguage language, byte[] utf8, long budgetMicros, int expandRows) {
        return parse(language, utf8, budgetMicros, expandRows, null);
    }

    /**
     * As {@link #parse(CodeLanguage, byte[], long, int)}, leaving out the byte ranges in {@code skipped} (start and
     * end pairs, sorted and apart; null for none): the lexer jumps over them as if they were not there.
     */
    static Optional<FlatTree> parse(CodeLanguage language, byte[] utf8, long budgetMicros, int expandRows, int[] skipped) {
        if (NAMES == null) {
            return Optional.empty();
        }
        int[] nodes = parse(PARSERS.get().handle, language.ordinal(), utf8, utf8.length, Math.max(0, budgetMicros),
                Math.max(0, expandRows), skipped);
        return nodes == null ? Optional.empty() : Optional.of(new FlatTree(nodes, NAMES[language.ordinal()]));
    }

    private static GrammarNames[] load() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return null;
        }
        try (InputStream in = NativeTreeSitter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Path file = Files.createTempFile("headroom-treesitter-", ".so");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toAbsolutePath().toString());
            CodeLanguage[] languages = CodeLanguage.values();
            if (languageCount() != languages.length) {
                return null; // a library built for another set of grammars: its indexes would not match ours
            }
            GrammarNames[] names = new GrammarNames[languages.length];
            for (CodeLanguage language : languages) {
                names[language.ordinal()] = GrammarNames.of(symbolNames(language.ordinal()), fieldNames(language.ordinal()));
            }
            return names;
        } catch (IOException | RuntimeException | LinkageError e) {
            // An old libc, a read-only temp dir, a broken jar: code then parses through the bonede binding.
            return null;
        }
    }

    /** One thread's native parser. */
    private static final class Parser {
        private final long handle = newParser();

        Parser() {
            long parser = handle;
            CLEANER.register(this, () -> deleteParser(parser));
        }
    }

    private static native long newParser();

    private static native void deleteParser(long parser);

    private static native int languageCount();

    private static native String[] symbolNames(int language);

    private static native String[] fieldNames(int language);

    private static native int[] parse(
            long parser, int language, byte[] utf8, int length, long budgetMicros, int expandRows, int[] skipped);
}
