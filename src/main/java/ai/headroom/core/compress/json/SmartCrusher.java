package ai.headroom.core.compress.json;

import ai.headroom.core.compress.Compressed;
import ai.headroom.core.compress.Utf8;
import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.content.Section;
import ai.headroom.core.json.JsonValue;
import ai.headroom.core.json.StrictJson;

/**
 * Compresses JSON tool output: minifies it, writes long arrays of objects as compact tables and, when
 * lossy changes are allowed, keeps only the informative items of long arrays.
 *
 * <p><b>Output.</b> Everything outside the rewritten arrays is minified JSON with the input's key order,
 * number text and string escapes. An array of at least {@code minItems} objects may become a table:
 * <pre>
 * [3]{id:int,name:str,tags:json,score:num}
 * 1,alice,["a","b"],0.50
 * 2,"Smith, Bob",[],1e3
 * 3,"",,null
 * </pre>
 * The header gives the row count and, in order, each key (written as a JSON string when it is not a
 * plain identifier) with its column type: {@code int}, {@code num}, {@code bool} (values as written),
 * {@code str} (strings), {@code json} (mixed or nested values, every cell a compact JSON value).
 * Each following line is one item. Cells are comma-separated: a cell that starts with {@code "},
 * {@code [} or {@code {} is one complete JSON value (read it to its end, it may contain commas); any
 * other cell runs to the next comma and is, in a {@code str} column, the string itself. An empty cell
 * means the key is absent from that item; a bare {@code null} is JSON null (the string "null" is always
 * quoted). The item's keys are the present columns in header order. When the table sits inside other
 * JSON, the enclosing JSON resumes on the line after the last row. Lossless output (always the case
 * when {@link CompressionContext#lossyAllowed()} is false) rebuilds the input data exactly.
 *
 * <p><b>Sampling.</b> With lossy changes allowed, an array of at least {@code minItems} items keeps the
 * items {@link ItemSampler} picks, verbatim and in order (as a table or as JSON), a kept item that
 * occurs several times is followed by {@code (×N identical)}, and the array ends with the marker
 * {@code [N items compressed to M. Retrieve more: hash=…]} as its last row or element.
 *
 * <p>Input that is not one JSON object or array (or nests deeper than 512) is returned unchanged; arrays
 * deeper than {@code maxArrayDepth} are only minified. Stateless and thread-safe.
 */
public final class SmartCrusher implements Compressor {

    private final SmartCrusherSettings settings;

    public SmartCrusher() {
        this(SmartCrusherSettings.defaults());
    }

    public SmartCrusher(SmartCrusherSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String name() {
        return "smart_crusher";
    }

    @Override
    public ContentKind kind() {
        return ContentKind.JSON;
    }

    @Override
    public Compressed compress(Section section, CompressionContext context) {
        return crush(section.text(), section.json(), context);
    }

    @Override
    public Compressed compress(String text, CompressionContext context) {
        return crush(text, null, context);
    }

    /** {@code parsed} is the router's parse of {@code text}, or null to parse it here. */
    private Compressed crush(String text, JsonValue parsed, CompressionContext context) {
        try {
            JsonValue root = parsed != null ? parsed : text == null ? null : StrictJson.parse(text);
            if (!(root instanceof JsonValue.Obj || root instanceof JsonValue.Arr)) {
                return Compressed.unchanged(text);
            }
            CrushWriter writer = new CrushWriter(settings, context);
            String out = writer.write(root);
            // A UTF-8 char takes 1 to 3 bytes (a surrogate pair 4 for 2 chars): three times fewer chars is smaller
            // for sure, and the exact count is only needed when the sizes are close.
            if ((long) out.length() * 3 >= text.length() && Utf8.length(out) >= Utf8.length(text)) {
                return Compressed.unchanged(text);
            }
            return writer.lossy() ? Compressed.lossy(out) : Compressed.lossless(out);
        } catch (RuntimeException e) { // fail open: the block is simply left as it was
            return Compressed.unchanged(text);
        }
    }
}
