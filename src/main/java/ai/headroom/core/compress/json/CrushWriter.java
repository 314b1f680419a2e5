package ai.headroom.core.compress.json;

import ai.headroom.core.compress.CompressionContext;
import ai.headroom.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Walks a parsed document and writes it minified, with long arrays as tables or as samples plus a marker. */
final class CrushWriter {

    private final SmartCrusherSettings settings;
    private final CompressionContext ctx;
    private final List<String> queryTerms;
    private boolean lossy;

    CrushWriter(SmartCrusherSettings settings, CompressionContext ctx) {
        this.settings = settings;
        this.ctx = ctx;
        this.queryTerms = QueryTerms.of(ctx.query());
    }

    /** True once some array was sampled (the output then carries a marker). */
    boolean lossy() {
        return lossy;
    }

    String write(JsonValue root) {
        StringBuilder sb = new StringBuilder();
        value(sb, root, 0);
        return sb.toString();
    }

    private void value(StringBuilder sb, JsonValue v, int depth) {
        switch (v) {
            case JsonValue.Obj o -> {
                sb.append('{');
                for (int i = 0; i < o.members().size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    JsonValue.Member m = o.members().get(i);
                    sb.append(m.key().raw()).append(':');
                    value(sb, m.value(), depth + 1);
                }
                sb.append('}');
            }
            case JsonValue.Arr a -> array(sb, a.items(), depth);
            default -> JsonText.append(sb, v);
        }
    }

    private void array(StringBuilder sb, List<JsonValue> items, int depth) {
        if (depth > settings.maxArrayDepth()) {
            JsonText.append(sb, new JsonValue.Arr(items));
            return;
        }
        if (items.size() < settings.minItems()) {
            plain(sb, items, depth);
            return;
        }
        if (ctx.lossyAllowed() && !ctx.pastDeadline()) {
            List<String> renderings = new ArrayList<>(items.size());
            StringBuilder one = new StringBuilder(256);
            for (JsonValue item : items) {
                one.setLength(0);
                JsonText.append(one, item);
                renderings.add(one.toString());
            }
            ItemSampler.Selection selection = ItemSampler.select(items, renderings, queryTerms, settings);
            if (selection.kept().length < items.size()) {
                sampled(sb, items, renderings, selection, depth);
                lossy = true;
                return;
            }
        }
        StringBuilder json = new StringBuilder();
        plain(json, items, depth);
        TableRenderer.Table table = TableRenderer.render(items);
        if (table != null && table.length() <= json.length() * (1 - settings.minTableSaving())) {
            table(sb, table, null, null, depth);
        } else {
            sb.append(json);
        }
    }

    private void plain(StringBuilder sb, List<JsonValue> items, int depth) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            value(sb, items.get(i), depth + 1);
        }
        sb.append(']');
    }

    private void sampled(StringBuilder sb, List<JsonValue> items, List<String> renderings,
            ItemSampler.Selection selection, int depth) {
        int[] kept = selection.kept();
        String marker = ctx.marker(items.size() + " items compressed to " + kept.length);
        List<JsonValue> keptItems = new ArrayList<>(kept.length);
        int jsonLength = 2 + marker.length();
        for (int i : kept) {
            keptItems.add(items.get(i));
            jsonLength += renderings.get(i).length() + 1;
        }
        TableRenderer.Table table = TableRenderer.render(keptItems);
        if (table != null && table.length() < jsonLength) {
            table(sb, table, selection.copies(), marker, depth);
            return;
        }
        sb.append('[');
        for (int j = 0; j < kept.length; j++) {
            sb.append(renderings.get(kept[j]));
            copies(sb, selection.copies()[j]);
            sb.append(',');
        }
        sb.append(marker).append(']');
    }

    private void table(StringBuilder sb, TableRenderer.Table table, int[] copies, String marker, int depth) {
        sb.append('[').append(table.rows().size()).append(']').append(table.columns());
        for (int j = 0; j < table.rows().size(); j++) {
            sb.append('\n').append(table.rows().get(j));
            if (copies != null) {
                copies(sb, copies[j]);
            }
        }
        if (marker != null) {
            sb.append('\n').append(marker);
        }
        if (depth > 0) { // the enclosing JSON resumes on its own line, after the last row
            sb.append('\n');
        }
    }

    private static void copies(StringBuilder sb, int copies) {
        if (copies > 1) {
            sb.append(" (×").append(copies).append(" identical)");
        }
    }
}
