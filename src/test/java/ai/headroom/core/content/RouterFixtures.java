package ai.headroom.core.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Loads the router's realistic samples from src/test/resources/fixtures/router/<kind>/. */
final class RouterFixtures {

    /** The language each code fixture is written in, by file extension. */
    static final Map<String, String> LANGUAGE_BY_EXTENSION = Map.of(
            "py", "python", "go", "go", "rs", "rust", "java", "java", "ts", "typescript", "js", "javascript",
            "c", "c", "cpp", "cpp");

    /** One fixture: its expected kind (the directory) and, for code, its language. */
    record Fixture(String name, ContentKind kind, String language, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private RouterFixtures() {
    }

    /** Every homogeneous fixture (all directories but mixed/). */
    static List<Fixture> homogeneous() {
        return all().stream().filter(f -> f.kind() != null).toList();
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Fixture> all() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).sorted().map(RouterFixtures::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Fixture load(Path file) {
        String dir = file.getParent().getFileName().toString();
        String name = dir + "/" + file.getFileName();
        ContentKind kind = dir.equals("mixed") ? null : ContentKind.valueOf(dir.toUpperCase(java.util.Locale.ROOT));
        String fileName = file.getFileName().toString();
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
        String language = kind == ContentKind.CODE ? LANGUAGE_BY_EXTENSION.get(extension) : "";
        try {
            return new Fixture(name, kind, language, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        try {
            return Path.of(RouterFixtures.class.getResource("/fixtures/router").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
