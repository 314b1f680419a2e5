package ai.headroom.core.compress.kompress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The tiny checked-in test model (see src/test/kompress/make_tiny_model.py), loaded once per test JVM. */
final class TinyModel {

    private static KompressModel shared;

    private TinyModel() {}

    static Path dir() {
        try {
            return Path.of(TinyModel.class.getResource("/kompress-tiny/model.onnx").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized KompressModel get() {
        if (shared == null) {
            ModelLoad load = KompressModel.load(dir());
            assertThat(load).as("tiny model load: %s", load).isInstanceOf(ModelLoad.Ready.class);
            shared = ((ModelLoad.Ready) load).model();
        }
        return shared;
    }
}
