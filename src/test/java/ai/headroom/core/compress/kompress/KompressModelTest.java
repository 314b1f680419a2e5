package ai.headroom.core.compress.kompress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a model directory: the good case, and every incomplete or broken one as a value, not a throw. */
class KompressModelTest {

    @TempDir
    Path tmp;

    @Test
    void theTinyModelDirectoryLoadsAndRuns() {
        // when
        ModelLoad load = KompressModel.load(TinyModel.dir());

        // then it is ready, has warmed up with one inference, and closes cleanly
        assertThat(load).isInstanceOf(ModelLoad.Ready.class);
        try (KompressModel model = ((ModelLoad.Ready) load).model()) {
            assertThat(model.graphFile().getFileName()).hasToString("model.onnx");
            assertThat(model.inferenceCount()).isEqualTo(1);
            assertThat(model.prefix()).hasSize(1);
            assertThat(model.suffix()).hasSize(1);
        }
    }

    @Test
    void aMissingDirectoryIsAFailureValue() {
        ModelLoad load = KompressModel.load(tmp.resolve("nowhere"));
        assertThat(load).isInstanceOfSatisfying(ModelLoad.Failed.class,
                f -> assertThat(f.reason()).contains("nowhere").contains("does not exist"));
    }

    @Test
    void aDirectoryWithoutAGraphIsAFailureValue() throws IOException {
        copy("tokenizer.json", "config.json");
        assertThat(KompressModel.load(tmp)).isInstanceOfSatisfying(ModelLoad.Failed.class,
                f -> assertThat(f.reason()).contains("no model.onnx"));
    }

    @Test
    void aDirectoryWithoutATokenizerIsAFailureValue() throws IOException {
        copy("model.onnx", "config.json");
        assertThat(KompressModel.load(tmp)).isInstanceOfSatisfying(ModelLoad.Failed.class,
                f -> assertThat(f.reason()).contains("no tokenizer.json"));
    }

    @Test
    void aCorruptGraphIsAFailureValueNamingTheFile() throws IOException {
        // given a model.onnx cut in half
        copy("tokenizer.json", "config.json");
        byte[] graph = Files.readAllBytes(TinyModel.dir().resolve("model.onnx"));
        Files.write(tmp.resolve("model.onnx"), java.util.Arrays.copyOf(graph, graph.length / 2));

        // when / then
        assertThat(KompressModel.load(tmp)).isInstanceOfSatisfying(ModelLoad.Failed.class,
                f -> assertThat(f.reason()).contains(tmp.resolve("model.onnx").toString()).contains("could not be loaded"));
    }

    @Test
    void aCorruptTokenizerIsAFailureValue() throws IOException {
        copy("model.onnx", "config.json");
        Files.writeString(tmp.resolve("tokenizer.json"), "{\"model\": {\"type\": \"WordPiece\"");
        assertThat(KompressModel.load(tmp)).isInstanceOf(ModelLoad.Failed.class);
    }

    @Test
    void theQuantizedGraphIsPreferredUnlessAskedOtherwise() throws IOException {
        // given a directory with both onnx/model_quantized.onnx and model.onnx
        copy("model.onnx", "tokenizer.json", "config.json");
        Files.createDirectories(tmp.resolve("onnx"));
        Files.copy(tmp.resolve("model.onnx"), tmp.resolve("onnx/model_quantized.onnx"));

        // then
        assertThat(ModelFiles.locate(tmp, true).files().onnx()).isEqualTo(tmp.resolve("onnx/model_quantized.onnx"));
        assertThat(ModelFiles.locate(tmp, false).files().onnx()).isEqualTo(tmp.resolve("model.onnx"));
    }

    @Test
    void anyGraphUnderOnnxIsFoundWhenNoKnownNameIs() throws IOException {
        copy("tokenizer.json");
        Files.createDirectories(tmp.resolve("onnx"));
        Files.copy(TinyModel.dir().resolve("model.onnx"), tmp.resolve("onnx/model_fp16.onnx"));
        assertThat(KompressModel.load(tmp)).isInstanceOfSatisfying(ModelLoad.Ready.class,
                r -> assertThat(r.model().graphFile()).isEqualTo(tmp.resolve("onnx/model_fp16.onnx")));
    }

    @Test
    void theKeepLabelComesFromConfigOrDefaultsToOne() throws IOException {
        // given no config.json
        copy("model.onnx", "tokenizer.json");
        assertThat(ModelFiles.locate(tmp, true).files().keepLabel()).isEqualTo(1);

        // given a config whose first label is the keep label
        Files.writeString(tmp.resolve("config.json"), "{\"id2label\": {\"0\": \"KEEP\", \"1\": \"DISCARD\"}}");
        assertThat(ModelFiles.locate(tmp, true).files().keepLabel()).isZero();
    }

    @Test
    void thePadIdIsReadFromTheTokenizer() throws IOException {
        // given the tiny tokenizer ([PAD] = 0) and a copy whose padding section names id 7
        copy("model.onnx");
        String tokenizer = Files.readString(TinyModel.dir().resolve("tokenizer.json"));
        Files.writeString(tmp.resolve("tokenizer.json"), tokenizer.replace("\"padding\": null", "\"padding\": {\"pad_id\": 7}"));

        // then
        assertThat(ModelFiles.locate(TinyModel.dir(), true).files().padId()).isZero();
        assertThat(ModelFiles.locate(tmp, true).files().padId()).isEqualTo(7);
    }

    private void copy(String... names) throws IOException {
        for (String name : names) {
            Files.copy(TinyModel.dir().resolve(name), tmp.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
