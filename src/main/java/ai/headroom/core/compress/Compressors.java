package ai.headroom.core.compress;

import ai.headroom.core.compress.code.CodeCompressor;
import ai.headroom.core.compress.diff.DiffCompressor;
import ai.headroom.core.compress.html.HtmlExtractor;
import ai.headroom.core.compress.json.SmartCrusher;
import ai.headroom.core.compress.log.LogCompressor;
import ai.headroom.core.compress.search.SearchCompressor;
import ai.headroom.core.compress.text.TextCrusher;
import ai.headroom.core.content.ContentKind;
import java.util.EnumMap;
import java.util.Map;

/** The compressor Headroom uses for each content kind unless the builder is told otherwise. */
public final class Compressors {

    private Compressors() {}

    /** A fresh map of the built-in compressors, one per kind that has one. */
    public static Map<ContentKind, Compressor> defaults() {
        Map<ContentKind, Compressor> map = new EnumMap<>(ContentKind.class);
        register(map, new SmartCrusher());
        register(map, new LogCompressor());
        register(map, new SearchCompressor());
        register(map, new DiffCompressor());
        register(map, new HtmlExtractor());
        register(map, new TextCrusher());
        register(map, new CodeCompressor());
        return map;
    }

    private static void register(Map<ContentKind, Compressor> map, Compressor compressor) {
        map.put(compressor.kind(), compressor);
    }
}
