/**
 * Prose compression: extractive sentence selection ({@link ai.headroom.core.compress.text.TextCrusher}) and the
 * must-keep token rules ({@link ai.headroom.core.compress.text.MustKeepTokens}) that Kompress, the ONNX prose
 * model, uses too.
 *
 * <p>Everything here is stateless and thread-safe. Any number, id, path, identifier, flag, URL or code span of
 * the input appears in a lossy output, so a model never sees a plausible but wrong value.
 */
package ai.headroom.core.compress.text;
