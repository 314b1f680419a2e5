package ai.headroom.core.compress.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the hand-written prose fixtures under {@code fixtures/text/}. */
public final class ProseFixtures {

    private ProseFixtures() {}

    public static String incidentPostmortem() {
        return load("incident-postmortem.md");
    }

    public static String supportThread() {
        return load("support-thread.txt");
    }

    private static String load(String name) {
        try (InputStream in = ProseFixtures.class.getResourceAsStream("/fixtures/text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
