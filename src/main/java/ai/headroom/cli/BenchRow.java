package ai.headroom.cli;

import ai.headroom.core.json.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One content kind's line of the bench table, accumulated from its files' results. */
final class BenchRow {

    /**
     * One file's figures; {@code nanos} holds every timed run, {@code compressorNanos} the part of each run spent
     * inside compressors (routing, hashing and splicing excluded).
     */
    record FileResult(String name, String kind, int bytes, int tokensBefore, int tokensAfter, long[] nanos,
            long[] countNanos, long[] compressorNanos) {}

    private final String kind;
    private final List<FileResult> files = new ArrayList<>();

    BenchRow(String kind) {
        this.kind = kind;
    }

    void add(FileResult r) {
        files.add(r);
    }

    private int tokensBefore() {
        return files.stream().mapToInt(FileResult::tokensBefore).sum();
    }

    private int tokensAfter() {
        return files.stream().mapToInt(FileResult::tokensAfter).sum();
    }

    private double savedPercent() {
        int b = tokensBefore();
        return b == 0 ? 0 : 100.0 * (b - tokensAfter()) / b;
    }

    /** All runs of all files, in ms; {@code per100k} scales each run to 100 KB of input. */
    private double[] runs(boolean per100k) {
        return runs(per100k, FileResult::nanos);
    }

    private double[] runs(boolean per100k, Function<FileResult, long[]> timing) {
        return files.stream().flatMapToDouble(f -> Arrays.stream(timing.apply(f))
                .mapToDouble(n -> n / 1e6 * (per100k ? 102_400.0 / Math.max(1, f.bytes()) : 1.0))).sorted().toArray();
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String table(Collection<BenchRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-8s %5s %10s %10s %8s %9s %9s %13s %13s %15s %15s %15s%n", "kind",
                "files", "tok_before", "tok_after", "saved", "p50_ms", "p99_ms", "p50_ms/100KB", "p99_ms/100KB",
                "comp_p50/100KB", "comp_p99/100KB", "count_ms/100KB"));
        for (BenchRow r : rows) {
            double[] raw = r.runs(false);
            double[] norm = r.runs(true);
            double[] compressor = r.runs(true, FileResult::compressorNanos);
            sb.append(String.format(Locale.ROOT,
                    "%-8s %5d %10d %10d %7.1f%% %9.3f %9.3f %13.3f %13.3f %15.3f %15.3f %15.3f%n",
                    r.kind, r.files.size(), r.tokensBefore(), r.tokensAfter(), r.savedPercent(), percentile(raw, 50),
                    percentile(raw, 99), percentile(norm, 50), percentile(norm, 99), percentile(compressor, 50),
                    percentile(compressor, 99), percentile(r.runs(true, FileResult::countNanos), 50)));
        }
        return sb.toString();
    }

    static ObjectNode toJson(Collection<BenchRow> rows, List<FileResult> perFile) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode kinds = root.putArray("kinds");
        for (BenchRow r : rows) {
            double[] raw = r.runs(false);
            double[] norm = r.runs(true);
            kinds.addObject().put("kind", r.kind).put("files", r.files.size())
                    .put("tokens_before", r.tokensBefore()).put("tokens_after", r.tokensAfter())
                    .put("saved_percent", round(r.savedPercent()))
                    .put("p50_ms", round(percentile(raw, 50))).put("p99_ms", round(percentile(raw, 99)))
                    .put("p50_ms_per_100kb", round(percentile(norm, 50)))
                    .put("p99_ms_per_100kb", round(percentile(norm, 99)))
                    .put("compressor_p50_ms_per_100kb", round(percentile(r.runs(true, FileResult::compressorNanos), 50)))
                    .put("compressor_p99_ms_per_100kb", round(percentile(r.runs(true, FileResult::compressorNanos), 99)))
                    .put("count_p50_ms_per_100kb", round(percentile(r.runs(true, FileResult::countNanos), 50)));
        }
        ArrayNode files = root.putArray("files");
        for (FileResult f : perFile) {
            double[] sorted = Arrays.stream(f.nanos()).mapToDouble(n -> n / 1e6).sorted().toArray();
            files.addObject().put("file", f.name()).put("kind", f.kind()).put("bytes", f.bytes())
                    .put("tokens_before", f.tokensBefore()).put("tokens_after", f.tokensAfter())
                    .put("p50_ms", round(percentile(sorted, 50))).put("p99_ms", round(percentile(sorted, 99)));
        }
        return root;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
