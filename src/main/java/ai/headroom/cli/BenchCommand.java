package ai.headroom.cli;

import ai.headroom.cli.CliErrors.BadInputException;
import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.InMemoryCcrStore;
import ai.headroom.core.compress.Compressor;
import ai.headroom.core.compress.Compressors;
import ai.headroom.core.compress.kompress.Kompress;
import ai.headroom.core.compress.kompress.KompressModel;
import ai.headroom.core.compress.kompress.KompressSettings;
import ai.headroom.core.compress.kompress.ModelLoad;
import ai.headroom.core.content.ContentKind;
import ai.headroom.core.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code headroom bench DIR}: runs the pipeline over a folder of inputs on one thread and prints, per
 * content kind, tokens before/after and latency percentiles (raw and per 100 KB of input), for the whole
 * pipeline and for the time spent inside the kind's compressor.
 *
 * <p>Every timed run uses a fresh Headroom and store, so no remembered decision or token count from an
 * earlier run is reused: the figures are the cold path a new block takes. Token counting, which the
 * proxy does after the request has gone upstream, is timed on its own ({@code count_ms/100KB}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark compression over a folder of inputs (request bodies, or raw tool output that is "
                + "wrapped as a tool result). Single-threaded; opens no network port.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of input files.")
    Path dir;

    @Option(names = "--warmup", defaultValue = "1000",
            description = "Untimed runs per file first (default ${DEFAULT-VALUE}), stopping early after --warmup-seconds.")
    int warmup;

    /** The JIT needs about a thousand runs of a path to settle; slow inputs stop warming after this long. */
    @Option(names = "--warmup-seconds", defaultValue = "3",
            description = "Longest warm-up per file in seconds (default ${DEFAULT-VALUE}).")
    double warmupSeconds;

    @Option(names = "--iterations", defaultValue = "300", description = "Timed runs per file (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--kompress-model", paramLabel = "DIR",
            description = "Compress prose with Kompress and the token-classifier model in DIR instead of TextCrusher.")
    Path kompressModel;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("not a directory: " + dir);
        }
        if (warmup < 0 || iterations < 1 || warmupSeconds < 0) {
            throw new BadInputException("--warmup and --warmup-seconds must be >= 0 and --iterations >= 1");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new BadInputException("no input files in " + dir);
        }
        Settings settings = Settings.defaults().withDeadline(Duration.ofSeconds(10));
        Map<String, BenchRow> rows = new TreeMap<>();
        List<BenchRow.FileResult> perFile = new ArrayList<>();
        Map<ContentKind, Compressor> compressors = Compressors.defaults();
        try (KompressModel model = kompressModel == null ? null : loadKompress(kompressModel)) {
            if (model != null) {
                Kompress kompress = new Kompress(model, KompressSettings.DEFAULT);
                compressors.put(kompress.kind(), kompress);
            }
            for (Path file : files) {
                BenchCase c = BenchCase.load(file);
                BenchRow.FileResult r = measure(c, settings, compressors);
                perFile.add(r);
                rows.computeIfAbsent(r.kind(), BenchRow::new).add(r);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    BenchRow.toJson(rows.values(), perFile)));
        } else {
            out.print(BenchRow.table(rows.values()));
        }
        out.flush();
        return 0;
    }

    /** Loads the model before anything is timed, as the proxy does at start-up. */
    private static KompressModel loadKompress(Path dir) {
        return switch (KompressModel.load(dir)) {
            case ModelLoad.Ready ready -> ready.model();
            case ModelLoad.Failed failed -> throw new BadInputException(failed.reason());
        };
    }

    private BenchRow.FileResult measure(BenchCase c, Settings settings, Map<ContentKind, Compressor> compressors) {
        CompressionResult last = null;
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        for (int i = 0; i < warmup && System.nanoTime() - warmUntil < 0; i++) {
            last = once(c, settings, compressors);
        }
        long[] nanos = new long[iterations];
        long[] countNanos = new long[iterations];
        long[] compressorNanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            // Assembling a Headroom (compressor instances, grammars) happens once per process in real use:
            // it stays outside the timed region, which covers exactly what a request waits for.
            try (Headroom h = fresh(settings, compressors)) {
                long t0 = System.nanoTime();
                last = h.compress(new CompressionRequest(c.body(), null, null, "bench"));
                long t1 = System.nanoTime();
                last.figures();
                nanos[i] = t1 - t0;
                countNanos[i] = System.nanoTime() - t1;
                compressorNanos[i] = last.kinds().values().stream().mapToLong(k -> k.compressorNanos()).sum();
            }
        }
        return new BenchRow.FileResult(c.name(), kindOf(last), c.body().length, last.tokensBefore(),
                last.tokensAfter(), nanos, countNanos, compressorNanos);
    }

    private static CompressionResult once(BenchCase c, Settings settings, Map<ContentKind, Compressor> compressors) {
        try (Headroom h = fresh(settings, compressors)) {
            CompressionResult r = h.compress(new CompressionRequest(c.body(), null, null, "bench"));
            r.figures();
            return r;
        }
    }

    /**
     * A Headroom with an empty store: no decision or token count from an earlier run is reused. The compressor
     * instances are shared by every run, as one process shares them across requests.
     */
    private static Headroom fresh(Settings settings, Map<ContentKind, Compressor> compressors) {
        Headroom.Builder builder = Headroom.builder().settings(settings).store(new InMemoryCcrStore());
        compressors.values().forEach(builder::compressor);
        return builder.build();
    }

    /** The kind that held most of the request's tokens. */
    private static String kindOf(CompressionResult r) {
        ContentKind best = null;
        int most = -1;
        for (var e : r.kinds().entrySet()) {
            if (e.getValue().tokensBefore() > most) {
                most = e.getValue().tokensBefore();
                best = e.getKey();
            }
        }
        return best == null ? "none" : best.label();
    }
}
