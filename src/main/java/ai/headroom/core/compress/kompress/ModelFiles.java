package ai.headroom.core.compress.kompress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the files of an exported token classifier in a directory and reads the few facts Kompress
 * needs from them (which label means "keep", which id pads).
 *
 * @param onnx       the model graph chosen (see {@link #locate})
 * @param tokenizer  the HuggingFace {@code tokenizer.json}
 * @param keepLabel  index of the "keep" label in the logits
 * @param padId      token id used to pad short windows in a batch (masked out, so only its range matters)
 */
record ModelFiles(Path onnx, Path tokenizer, int keepLabel, long padId) {

    /** Default "keep" label when config.json says nothing: exported keep/drop classifiers use 0 = drop, 1 = keep. */
    static final int DEFAULT_KEEP_LABEL = 1;

    /**
     * Graph files in order of preference. Quantized (int8) first: Kompress is latency-bound on CPU, int8 runs
     * several times faster at a fraction of the memory (~261 MB vs ~601 MB for ModernBERT-base) and keep/drop
     * decisions barely move; callers that want fp32 pass {@code preferQuantized=false}.
     */
    private static final List<String> QUANTIZED_FIRST = List.of(
            "onnx/model_quantized.onnx", "onnx/model_int8.onnx", "model_quantized.onnx", "model_int8.onnx",
            "model.onnx", "onnx/model.onnx");
    private static final List<String> FULL_FIRST = List.of(
            "model.onnx", "onnx/model.onnx", "onnx/model_quantized.onnx", "onnx/model_int8.onnx",
            "model_quantized.onnx", "model_int8.onnx");
    private static final List<String> PAD_TOKENS = List.of("[PAD]", "<pad>", "<|padding|>");

    /** Resolves the files under {@code dir}, or explains what is missing or unreadable. */
    static Located locate(Path dir, boolean preferQuantized) {
        if (dir == null || !Files.isDirectory(dir)) {
            return new Located(null, "Kompress model directory " + dir + " does not exist or is not a directory");
        }
        Path onnx = chooseGraph(dir, preferQuantized ? QUANTIZED_FIRST : FULL_FIRST);
        if (onnx == null) {
            return new Located(null, "Kompress model directory " + dir + " has no model.onnx nor onnx/*.onnx");
        }
        Path tokenizer = dir.resolve("tokenizer.json");
        if (!Files.isRegularFile(tokenizer)) {
            return new Located(null, "Kompress model directory " + dir + " has no tokenizer.json");
        }
        ObjectMapper json = new ObjectMapper();
        try {
            int keep = keepLabel(dir.resolve("config.json"), json);
            long pad = padId(json.readTree(tokenizer.toFile()));
            return new Located(new ModelFiles(onnx, tokenizer, keep, pad), null);
        } catch (IOException | RuntimeException e) {
            return new Located(null, "Kompress model directory " + dir + ": cannot read config.json or tokenizer.json: " + e);
        }
    }

    /** Either the files or the reason they could not be resolved. */
    record Located(ModelFiles files, String problem) {}

    private static Path chooseGraph(Path dir, List<String> preference) {
        for (String name : preference) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        // Other exports (model_fp16.onnx, model_O4.onnx …): take the first by name so the choice is stable.
        Path onnxDir = dir.resolve("onnx");
        if (!Files.isDirectory(onnxDir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(onnxDir)) {
            List<Path> graphs = new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".onnx")).toList());
            graphs.sort(null);
            return graphs.isEmpty() ? null : graphs.get(0);
        } catch (IOException e) {
            return null;
        }
    }

    /** The index whose id2label name contains "keep" (case-insensitive); the default when config.json is absent. */
    private static int keepLabel(Path config, ObjectMapper json) throws IOException {
        if (!Files.isRegularFile(config)) {
            return DEFAULT_KEEP_LABEL;
        }
        JsonNode id2label = json.readTree(config.toFile()).path("id2label");
        for (Iterator<Map.Entry<String, JsonNode>> it = id2label.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            if (label.getValue().asText().toLowerCase(Locale.ROOT).contains("keep")) {
                return Integer.parseInt(label.getKey().trim());
            }
        }
        return DEFAULT_KEEP_LABEL;
    }

    private static long padId(JsonNode tokenizer) {
        JsonNode padding = tokenizer.path("padding");
        if (padding.has("pad_id")) {
            return padding.get("pad_id").asLong();
        }
        for (JsonNode added : tokenizer.path("added_tokens")) {
            if (PAD_TOKENS.contains(added.path("content").asText())) {
                return added.path("id").asLong();
            }
        }
        return 0;
    }
}
