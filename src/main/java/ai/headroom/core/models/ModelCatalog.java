package ai.headroom.core.models;

import ai.headroom.core.json.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The table of known models (limits and prices), read from {@code headroom/models.json} and optionally
 * merged with a user's file; looks a model up by exact name, then by the longest known prefix.
 *
 * <p>Immutable and thread-safe. File format: {@code {"as_of": "YYYY-MM-DD", "models": {"<name>":
 * {"provider", "context_window", "max_output", "input", "output", "cache_read", "cache_write", "aliases"?}}}};
 * prices are USD per million tokens. A user's entry replaces a built-in one of the same name whole.
 */
public final class ModelCatalog {

    static final String BUILT_IN = "headroom/models.json";

    /** Reads one entry in the middle of the stream: the rest of the file are not "trailing tokens". */
    private static final ObjectReader ENTRY_READER = Json.mapper().readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static volatile ModelCatalog builtIn;

    private final String asOf;
    /** Sorted so that lookups, listings and ties are deterministic. */
    private final TreeMap<String, ModelInfo> models;
    private final TreeMap<String, ModelInfo> names;

    private ModelCatalog(String asOf, TreeMap<String, ModelInfo> models) {
        this.asOf = asOf;
        this.models = models;
        this.names = new TreeMap<>();
        for (ModelInfo info : models.values()) {
            names.put(info.name(), info);
            for (String alias : info.aliases()) {
                names.putIfAbsent(ModelNames.normalize(alias), info);
            }
        }
    }

    /** The table shipped with Headroom. */
    public static ModelCatalog builtIn() {
        ModelCatalog c = builtIn;
        if (c == null) {
            try (InputStream in = ModelCatalog.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new ModelCatalogException(BUILT_IN, 0, "resource missing from the class path", null);
                }
                c = parse(in.readAllBytes(), BUILT_IN, new TreeMap<>(), "");
            } catch (IOException e) {
                throw new ModelCatalogException(BUILT_IN, 0, "cannot read: " + e.getMessage(), e);
            }
            builtIn = c;
        }
        return c;
    }

    /** The built-in table with {@code extra}'s entries merged over it; throws {@link ModelCatalogException}. */
    public static ModelCatalog load(Path extra) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(extra);
        } catch (IOException e) {
            throw new ModelCatalogException(extra.toString(), 0, "cannot read: " + e, e);
        }
        ModelCatalog base = builtIn();
        return parse(bytes, extra.toString(), new TreeMap<>(base.models), base.asOf);
    }

    /** The entry for a model id in any common spelling; empty when nothing known matches. */
    public Optional<ModelInfo> find(String model) {
        if (model == null || model.isBlank()) {
            return Optional.empty();
        }
        String name = ModelNames.normalize(model);
        ModelInfo exact = names.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        // Longest known prefix: walk the keys sorting at or before the name, longest candidates last.
        ModelInfo best = null;
        int bestLength = 0;
        for (Map.Entry<String, ModelInfo> e : names.headMap(name, true).descendingMap().entrySet()) {
            String key = e.getKey();
            if (key.isEmpty() || key.charAt(0) != name.charAt(0)) {
                break;
            }
            if (key.length() > bestLength && ModelNames.isPrefixAtBoundary(key, name)) {
                best = e.getValue();
                bestLength = key.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Date of the prices, from the last file merged that states one. */
    public String asOf() {
        return asOf;
    }

    /** Every entry, by name. */
    public List<ModelInfo> all() {
        return List.copyOf(models.values());
    }

    private static ModelCatalog parse(byte[] bytes, String source, TreeMap<String, ModelInfo> into, String asOf) {
        String date = asOf;
        try (JsonParser parser = Json.factory().createParser(bytes)) {
            expect(parser, parser.nextToken() == JsonToken.START_OBJECT, source, "expected a JSON object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("as_of")) {
                    expect(parser, parser.currentToken() == JsonToken.VALUE_STRING, source, "\"as_of\" must be a string");
                    date = parser.getText();
                } else if (field.equals("models")) {
                    expect(parser, parser.currentToken() == JsonToken.START_OBJECT, source, "\"models\" must be an object");
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        int line = parser.currentLocation().getLineNr();
                        parser.nextToken();
                        JsonNode entry = ENTRY_READER.readValue(parser);
                        ModelInfo info = entry(ModelNames.normalize(name), entry, source, line);
                        into.put(info.name(), info);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ModelCatalogException(source, line, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ModelCatalogException(source, 0, "cannot read: " + e, e);
        }
        return new ModelCatalog(date, into);
    }

    private static ModelInfo entry(String name, JsonNode e, String source, int line) {
        if (!e.isObject()) {
            throw new ModelCatalogException(source, line, "model \"" + name + "\" must be an object", null);
        }
        for (String required : List.of("provider", "context_window", "max_output", "input", "output")) {
            if (!e.has(required)) {
                throw new ModelCatalogException(source, line, "model \"" + name + "\" lacks \"" + required + "\"", null);
            }
        }
        if (!e.get("context_window").canConvertToInt() || !e.get("max_output").canConvertToInt()
                || !e.get("input").isNumber() || !e.get("output").isNumber()) {
            throw new ModelCatalogException(source, line,
                    "model \"" + name + "\": context_window and max_output must be integers, prices numbers", null);
        }
        double input = e.get("input").asDouble();
        List<String> aliases = new ArrayList<>();
        e.path("aliases").forEach(a -> aliases.add(a.asText()));
        try {
            return new ModelInfo(name, e.get("provider").asText(), e.get("context_window").asInt(),
                    e.get("max_output").asInt(), input, e.get("output").asDouble(),
                    e.path("cache_read").asDouble(input), e.path("cache_write").asDouble(input), aliases);
        } catch (IllegalArgumentException ex) {
            throw new ModelCatalogException(source, line, "model \"" + name + "\": " + ex.getMessage(), ex);
        }
    }

    private static void expect(JsonParser parser, boolean ok, String source, String reason) {
        if (!ok) {
            throw new ModelCatalogException(source, parser.currentLocation().getLineNr(), reason, null);
        }
    }
}
