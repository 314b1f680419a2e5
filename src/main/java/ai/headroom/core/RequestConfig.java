package ai.headroom.core;

import ai.headroom.core.content.ContentKind;
import ai.headroom.core.json.Json;
import ai.headroom.core.json.RawMember;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The optional {@code config} object of a compress request ({@code POST /v1/compress} and
 * {@code headroom compress} read the same body): per-request overrides of {@link Settings}.
 *
 * <pre>{@code
 * "config": {
 *   "deadline_ms": 2000,                        // compression budget, 1..60000
 *   "retrieve_tool": "always",                  // when_marked | when_client_has_tools | always
 *   "protected_tools": ["Read", "Edit"],        // replaces the default list ([] protects none)
 *   "min_block_chars": 500,                     // >= 0
 *   "error_verbatim_chars": 8000,               // >= 0
 *   "min_savings": 0.15,                        // 0 <= x < 1: a block's least share of bytes saved
 *   "kinds": ["json", "log"],                   // json code log search diff html text
 *   "compress_system": false
 * }
 * }</pre>
 * Any other key, or a value of the wrong type or range, is an {@link InvalidRequestException} naming it.
 * There is no target ratio: each compressor keeps what its content needs, and {@code min_savings} is the
 * only bound on how much a block must shrink. The store's time-to-live is the store's, not a request's.
 */
public final class RequestConfig {

    /** The member of the request body that holds the overrides. */
    public static final String MEMBER = "config";

    static final long MAX_DEADLINE_MS = 60_000;

    private static final List<String> KEYS = List.of("compress_system", "deadline_ms", "error_verbatim_chars", "kinds",
            "min_block_chars", "min_savings", "protected_tools", "retrieve_tool");

    private RequestConfig() {}

    /**
     * {@code base} with the overrides of {@code body}'s {@code config} member; {@code base} itself when there is
     * none (or {@code null}). A body that is not JSON is left for the pipeline to report.
     */
    public static Settings of(Settings base, byte[] body) {
        Optional<String> raw;
        try {
            raw = RawMember.of(body, MEMBER);
        } catch (UncheckedIOException | IllegalStateException e) {
            return base;
        }
        if (raw.isEmpty()) {
            return base;
        }
        try {
            return apply(base, Json.mapper().readTree(raw.get()));
        } catch (JsonProcessingException e) {
            return base;
        }
    }

    /** {@code base} with the overrides in {@code config} (an object, or null for none). */
    public static Settings apply(Settings base, JsonNode config) {
        if (config == null || config.isNull() || config.isMissingNode()) {
            return base;
        }
        if (!config.isObject()) {
            throw bad("config must be an object, was " + describe(config));
        }
        Settings s = base;
        for (Map.Entry<String, JsonNode> e : config.properties()) {
            JsonNode v = e.getValue();
            s = switch (e.getKey()) {
                case "deadline_ms" -> s.withDeadline(Duration.ofMillis(integer("deadline_ms", v, 1, MAX_DEADLINE_MS)));
                case "retrieve_tool" -> s.withRetrieveTool(policy(v));
                case "protected_tools" -> s.withProtectedTools(strings("protected_tools", v));
                case "min_block_chars" -> s.withMinBlockChars((int) integer("min_block_chars", v, 0, Integer.MAX_VALUE));
                case "error_verbatim_chars" ->
                        s.withErrorVerbatimChars((int) integer("error_verbatim_chars", v, 0, Integer.MAX_VALUE));
                case "min_savings" -> s.withMinSavings(share(v));
                case "kinds" -> s.withKinds(kinds(v));
                case "compress_system" -> {
                    if (!v.isBoolean()) {
                        throw bad("config.compress_system must be true or false, was " + describe(v));
                    }
                    yield s.withCompressSystem(v.asBoolean());
                }
                default -> throw bad("config has no setting \"" + e.getKey() + "\"; known: " + String.join(", ", KEYS));
            };
        }
        return s;
    }

    private static long integer(String key, JsonNode v, long min, long max) {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw bad("config." + key + " must be an integer from " + min + " to " + max + ", was " + describe(v));
        }
        return v.asLong();
    }

    private static double share(JsonNode v) {
        if (!v.isNumber() || !(v.asDouble() >= 0 && v.asDouble() < 1)) {
            throw bad("config.min_savings must be a number from 0 to below 1, was " + describe(v));
        }
        return v.asDouble();
    }

    private static Settings.RetrieveToolPolicy policy(JsonNode v) {
        if (v.isTextual()) {
            for (Settings.RetrieveToolPolicy p : Settings.RetrieveToolPolicy.values()) {
                if (p.name().toLowerCase(Locale.ROOT).equals(v.asText())) {
                    return p;
                }
            }
        }
        throw bad("config.retrieve_tool must be \"when_marked\", \"when_client_has_tools\" or \"always\", was "
                + describe(v));
    }

    private static Set<String> strings(String key, JsonNode v) {
        Set<String> out = new LinkedHashSet<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (!item.isTextual()) {
                    throw bad("config." + key + " must be an array of strings, holds " + describe(item));
                }
                out.add(item.asText());
            }
            return out;
        }
        throw bad("config." + key + " must be an array of strings, was " + describe(v));
    }

    private static Set<ContentKind> kinds(JsonNode v) {
        Set<ContentKind> out = EnumSet.noneOf(ContentKind.class);
        for (String name : strings("kinds", v)) {
            ContentKind kind = null;
            for (ContentKind k : ContentKind.values()) {
                if (k.label().equals(name)) {
                    kind = k;
                }
            }
            if (kind == null) {
                throw bad("config.kinds holds unknown kind \"" + name + "\"; known: json, code, log, search, diff, html, text");
            }
            out.add(kind);
        }
        return out;
    }

    private static String describe(JsonNode v) {
        String text = v.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static InvalidRequestException bad(String message) {
        return new InvalidRequestException(message);
    }
}
