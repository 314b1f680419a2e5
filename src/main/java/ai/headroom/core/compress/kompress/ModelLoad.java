package ai.headroom.core.compress.kompress;

import java.util.Objects;

/** The outcome of loading a Kompress model: a ready model or the reason there is none. */
public sealed interface ModelLoad permits ModelLoad.Ready, ModelLoad.Failed {

    /** A loaded model, owned by the caller (close it on shutdown). */
    record Ready(KompressModel model) implements ModelLoad {
        public Ready {
            Objects.requireNonNull(model, "model");
        }
    }

    /** Why no model could be loaded, phrased for an operator's log (names the directory and the cause). */
    record Failed(String reason) implements ModelLoad {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
