package ai.headroom.cli;

import ai.headroom.core.CompressionRequest;
import ai.headroom.core.CompressionResult;
import ai.headroom.core.Headroom;
import ai.headroom.core.RequestConfig;
import ai.headroom.core.Settings;
import ai.headroom.core.ccr.CcrStore;
import ai.headroom.core.json.Json;
import ai.headroom.core.json.RawMember;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code headroom compress}: compresses one request from a file or standard input and prints the result as JSON. */
@Command(name = "compress", mixinStandardHelpOptions = true,
        description = "Compress a request ({\"model\":…, \"messages\":[…], \"config\":{…}} or a whole "
                + "Anthropic/OpenAI body; config as POST /v1/compress takes it, see README) and print {messages, tokens_before, tokens_after, tokens_saved, compression_ratio, "
                + "transforms_applied, ccr_hashes}. Opens no network port.")
final class CompressCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Input file, or - for standard input (default).")
    String file;

    @Option(names = "--model", paramLabel = "M", description = "Model to count tokens for (default: the body's model).")
    String model;

    @Option(names = "--cache-align", paramLabel = "MODE", defaultValue = "report",
            description = "Volatile values in the system prompt (dates, ids): report (leave them, default) or move "
                    + "their lines to a reminder at the end of the last user message.")
    Settings.CacheAlign cacheAlign;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        byte[] body = InputFiles.read(file, System.in);
        // The CLI is not on a request path: give compressors room instead of the proxy's 50 ms budget.
        Settings base = Settings.defaults().withDeadline(Duration.ofSeconds(30)).withCacheAlign(cacheAlign);
        // The input's own "config" member, read exactly as POST /v1/compress reads it (exit 2 when bad).
        Settings settings = RequestConfig.of(base, body);
        try (CcrStore s = store.open(base); Headroom headroom = Headroom.builder().settings(base).store(s).build()) {
            CompressionResult result = headroom.compress(new CompressionRequest(body, model, null, "local"), settings);
            PrintWriter out = spec.commandLine().getOut();
            out.println(report(result));
            out.flush();
        }
        return 0;
    }

    /**
     * The same JSON shape as the proxy's {@code POST /v1/compress}; {@code messages} is spliced in as the
     * compressed request's own text, so numbers and key order read exactly as the input wrote them.
     */
    static String report(CompressionResult result) throws IOException {
        String messages = RawMember.of(result.body(), "messages")
                .or(() -> RawMember.of(result.body(), "input")).orElse("[]");
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("tokens_before", result.tokensBefore());
        out.put("tokens_after", result.tokensAfter());
        out.put("tokens_saved", result.tokensSaved());
        out.put("compression_ratio", Math.round(result.compressionRatio() * 10_000) / 10_000.0);
        out.set("transforms_applied", Json.mapper().valueToTree(result.transforms()));
        out.set("ccr_hashes", Json.mapper().valueToTree(result.ccrHashes()));
        String figures = Json.mapper().writeValueAsString(out);
        return "{\"messages\":" + messages + "," + figures.substring(1);
    }
}
