/**
 * Kompress: prose compression with a token-classification model (keep or drop per word) run on
 * ONNX Runtime, with a HuggingFace {@code tokenizer.json} read by DJL's tokenizers.
 *
 * <p>{@link ai.headroom.core.compress.kompress.KompressModel} is loaded once, off the request path,
 * and returns a {@link ai.headroom.core.compress.kompress.ModelLoad} value rather than throwing;
 * after that it and {@link ai.headroom.core.compress.kompress.Kompress} are immutable and
 * thread-safe (an {@code OrtSession} and a native HuggingFace tokenizer both allow concurrent calls).
 * Nothing is downloaded at run time: both jars carry their linux-x86_64 native libraries, and
 * {@code ai.djl.offline=true} is set unless the caller chose otherwise.
 */
package ai.headroom.core.compress.kompress;
