package ai.headroom.core.compress.kompress;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token-classification model (keep/drop per token) and its tokenizer, loaded once and safe to
 * call from many threads.
 */
public final class KompressModel implements AutoCloseable {

    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";

    /**
     * How to load a model.
     *
     * @param preferQuantized pick {@code model_quantized.onnx}/{@code model_int8.onnx} over {@code model.onnx} when both exist
     * @param intraOpThreads  ONNX Runtime threads per inference; 0 lets ONNX Runtime use every core
     */
    public record Options(boolean preferQuantized, int intraOpThreads) {
        public static final Options DEFAULT = new Options(true, 0);

        public Options {
            if (intraOpThreads < 0) {
                throw new IllegalArgumentException("intraOpThreads must be >= 0, was " + intraOpThreads);
            }
        }
    }

    /** Content tokens of one text: ids and the code-point offset where each token starts. */
    record Encoded(long[] ids, int[] codePointStarts) {}

    private final ModelFiles files;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final String outputName;
    private final boolean wantsMask;
    private final boolean wantsTokenTypes;
    private final long[] prefix;
    private final long[] suffix;
    private final AtomicLong runs = new AtomicLong();

    private KompressModel(ModelFiles files, OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer,
            String outputName) {
        this.files = files;
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.outputName = outputName;
        this.wantsMask = session.getInputNames().contains(ATTENTION_MASK);
        this.wantsTokenTypes = session.getInputNames().contains(TOKEN_TYPE_IDS);
        long[][] specials = specialAffixes(tokenizer);
        this.prefix = specials[0];
        this.suffix = specials[1];
    }

    /** Loads the model in {@code dir} with {@link Options#DEFAULT}. */
    public static ModelLoad load(Path dir) {
        return load(dir, Options.DEFAULT);
    }

    /** Loads the model in {@code dir}; never throws: a broken or incomplete directory gives {@link ModelLoad.Failed}. */
    public static ModelLoad load(Path dir, Options options) {
        ModelFiles.Located located = ModelFiles.locate(dir, options.preferQuantized());
        if (located.files() == null) {
            return new ModelLoad.Failed(located.problem());
        }
        ModelFiles files = located.files();
        // The tokenizers jar bundles its native library; offline mode guarantees DJL never tries a download.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        HuggingFaceTokenizer tokenizer = null;
        OrtSession session = null;
        try {
            tokenizer = HuggingFaceTokenizer.newInstance(files.tokenizer(),
                    Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"));
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions opts = new OrtSession.SessionOptions();
            opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Idle ORT workers spin by default; on a gateway sharing its cores with request handling that burns CPU.
            opts.addConfigEntry("session.intra_op.allow_spinning", "0");
            if (options.intraOpThreads() > 0) {
                opts.setIntraOpNumThreads(options.intraOpThreads());
            }
            session = env.createSession(files.onnx().toString(), opts);
            String problem = checkSignature(session, files.keepLabel());
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            KompressModel model = new KompressModel(files, env, session, tokenizer, outputName(session));
            model.warmUp();
            return new ModelLoad.Ready(model);
        } catch (Exception | LinkageError e) {
            closeQuietly(session, tokenizer);
            return new ModelLoad.Failed("Kompress model " + files.onnx() + " could not be loaded: " + e);
        }
    }

    /** The graph file that was loaded (quantized or not). */
    public Path graphFile() {
        return files.onnx();
    }

    /** How many {@code session.run} calls this model has made (load-time warm-up included); for metrics. */
    public long inferenceCount() {
        return runs.get();
    }

    /** Special ids that open every window ([CLS] for BERT-style tokenizers). */
    long[] prefix() {
        return prefix;
    }

    /** Special ids that close every window ([SEP] for BERT-style tokenizers). */
    long[] suffix() {
        return suffix;
    }

    /**
     * Tokenizes one text without special tokens. One call per text, not {@code batchEncode}: the batch call
     * fans out over the native thread pool, which costs more CPU in total on a shared, busy machine.
     */
    Encoded encode(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        long[] ids = encoding.getIds();
        CharSpan[] spans = encoding.getCharTokenSpans();
        int[] starts = new int[ids.length];
        for (int t = 0; t < ids.length; t++) {
            // HuggingFace offsets count Unicode code points, not Java chars.
            starts[t] = spans[t] == null ? -1 : spans[t].getStart();
        }
        return new Encoded(ids, starts);
    }

    /**
     * Keep probability of every position of every window, in one {@code session.run}. Each row is padded to
     * {@code width} and its padding masked out; the caller picks the width from the window alone, so a row's
     * input never depends on which other windows share the call, and neither do its output's bits: ONNX
     * Runtime's CPU kernels give a row the same bits in any batch of two or more rows, whatever the other rows
     * hold, but take another path for a batch of one whose last bits differ (seen with the test model, up to
     * 9e-8). A lone window is therefore run as two identical rows.
     */
    float[][] keepProbabilities(List<long[]> windows, int width) throws OrtException {
        if (windows.size() == 1) {
            return new float[][] {keepProbabilities(List.of(windows.get(0), windows.get(0)), width)[0]};
        }
        int batch = windows.size();
        for (long[] w : windows) {
            if (w.length > width) {
                throw new IllegalArgumentException("window of " + w.length + " tokens does not fit width " + width);
            }
        }
        long[] ids = new long[batch * width];
        long[] mask = new long[batch * width];
        Arrays.fill(ids, files.padId());
        for (int b = 0; b < batch; b++) {
            long[] w = windows.get(b);
            System.arraycopy(w, 0, ids, b * width, w.length);
            Arrays.fill(mask, b * width, b * width + w.length, 1L);
        }
        long[] shape = {batch, width};
        Map<String, OnnxTensor> inputs = new LinkedHashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
            if (wantsMask) {
                inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
            }
            if (wantsTokenTypes) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(new long[batch * width]), shape));
            }
            runs.incrementAndGet();
            try (OrtSession.Result result = session.run(inputs, Set.of(outputName))) {
                OnnxValue value = result.get(0);
                FloatBuffer logits = ((OnnxTensor) value).getFloatBuffer();
                int labels = logits.remaining() / Math.max(1, batch * width);
                return softmaxKeep(logits, windows, width, labels);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private float[][] softmaxKeep(FloatBuffer logits, List<long[]> windows, int width, int labels) {
        int keep = files.keepLabel();
        float[][] out = new float[windows.size()][];
        for (int b = 0; b < windows.size(); b++) {
            float[] row = new float[windows.get(b).length];
            for (int t = 0; t < row.length; t++) {
                int base = (b * width + t) * labels;
                float keepLogit = logits.get(base + keep);
                double sum = 0;
                for (int l = 0; l < labels; l++) {
                    sum += Math.exp(logits.get(base + l) - keepLogit);
                }
                row[t] = (float) (1.0 / sum);
            }
            out[b] = row;
        }
        return out;
    }

    /** One inference at load time: a model that loads but cannot run fails here, not on the first request. */
    private void warmUp() throws OrtException {
        Encoded e = encode("Kompress warm-up sentence.");
        long[] window = new long[prefix.length + e.ids().length + suffix.length];
        System.arraycopy(prefix, 0, window, 0, prefix.length);
        System.arraycopy(e.ids(), 0, window, prefix.length, e.ids().length);
        System.arraycopy(suffix, 0, window, prefix.length + e.ids().length, suffix.length);
        keepProbabilities(List.of(window), window.length);
    }

    private static String checkSignature(OrtSession session, int keepLabel) throws OrtException {
        Set<String> inputs = session.getInputNames();
        if (!inputs.contains(INPUT_IDS)) {
            return "graph has no input_ids input (inputs: " + inputs + ")";
        }
        for (String name : inputs) {
            if (!Set.of(INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS).contains(name)) {
                return "graph wants an input Kompress cannot fill: " + name;
            }
        }
        String output = outputName(session);
        NodeInfo info = session.getOutputInfo().get(output);
        if (!(info.getInfo() instanceof TensorInfo tensor) || tensor.getShape().length != 3) {
            return "output " + output + " is not a [batch, sequence, labels] tensor: " + info;
        }
        long labels = tensor.getShape()[2];
        if (labels > 0 && keepLabel >= labels) {
            return "keep label " + keepLabel + " is outside the " + labels + " labels of output " + output;
        }
        return null;
    }

    /** "logits" as HuggingFace exports name it, else the graph's only (first) output. */
    private static String outputName(OrtSession session) {
        Set<String> outputs = session.getOutputNames();
        return outputs.contains("logits") ? "logits" : outputs.iterator().next();
    }

    /** Special ids the tokenizer puts before and after a sequence ([CLS] … [SEP] for BERT-style models). */
    private static long[][] specialAffixes(HuggingFaceTokenizer tokenizer) {
        Encoding e = tokenizer.encode("a", true, false);
        long[] ids = e.getIds();
        long[] special = e.getSpecialTokenMask();
        int head = 0;
        while (head < ids.length && special[head] == 1) {
            head++;
        }
        int tail = ids.length;
        while (tail > head && special[tail - 1] == 1) {
            tail--;
        }
        return new long[][] {Arrays.copyOfRange(ids, 0, head), Arrays.copyOfRange(ids, tail, ids.length)};
    }

    private static void closeQuietly(OrtSession session, HuggingFaceTokenizer tokenizer) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (OrtException ignored) {
            // Already failing; the load error is what the operator needs to see.
        }
        if (tokenizer != null) {
            tokenizer.close();
        }
    }

    @Override
    public void close() {
        closeQuietly(session, tokenizer);
    }
}
