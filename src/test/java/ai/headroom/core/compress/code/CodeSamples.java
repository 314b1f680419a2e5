package ai.headroom.core.compress.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds one realistic source file per language from the templates in {@code fixtures/code}: a
 * header (imports, constants), one block per domain entity (records, a service class with documented
 * methods of real-looking bodies) and a footer, repeated until the file is 200–600 lines long.
 */
public final class CodeSamples {

    private record Entity(String type, String name, String plural, String idPrefix) {}

    private static final List<Entity> ENTITIES = List.of(
            new Entity("Order", "order", "orders", "ord"),
            new Entity("Invoice", "invoice", "invoices", "inv"),
            new Entity("Shipment", "shipment", "shipments", "shp"),
            new Entity("Refund", "refund", "refunds", "rfd"),
            new Entity("Subscription", "subscription", "subscriptions", "sub"));

    private static final int MAX_LINES = 600;

    private CodeSamples() {}

    /** The generated file for a language, e.g. {@code source(CodeLanguage.GO)}. */
    public static String source(CodeLanguage language) {
        String template = template(language);
        String header = section(template, "@@HEADER", "@@ENTITY");
        String entity = section(template, "@@ENTITY", "@@FOOTER");
        String footer = section(template, "@@FOOTER", null);
        StringBuilder out = new StringBuilder(header);
        int lines = lines(header) + lines(footer);
        for (int i = 0; i < ENTITIES.size() && lines + lines(entity) <= MAX_LINES; i++) {
            Entity e = ENTITIES.get(i);
            out.append(entity.replace("{{E}}", e.type()).replace("{{es}}", e.plural())
                    .replace("{{ep}}", e.idPrefix()).replace("{{e}}", e.name()).replace("{{n}}", Integer.toString(i + 1)));
            lines += lines(entity);
        }
        return out.append(footer).toString();
    }

    static String extension(CodeLanguage language) {
        return switch (language) {
            case PYTHON -> "py";
            case JAVASCRIPT -> "js";
            case TYPESCRIPT -> "ts";
            case GO -> "go";
            case RUST -> "rs";
            case JAVA -> "java";
            case C -> "c";
            case CPP -> "cpp";
        };
    }

    private static String template(CodeLanguage language) {
        String path = "/fixtures/code/service." + extension(language) + ".tmpl";
        try (InputStream in = CodeSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String section(String template, String start, String end) {
        int from = template.indexOf(start + "\n") + start.length() + 1;
        int to = end == null ? template.length() : template.indexOf(end + "\n");
        return template.substring(from, to);
    }

    private static int lines(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
