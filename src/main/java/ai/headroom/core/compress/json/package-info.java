/**
 * SmartCrusher, the JSON compressor, and its helpers: a number-exact parser, the table renderer and
 * the item sampler with its signals (error words, query hits, field statistics, SimHash clusters).
 * Everything here is stateless and thread-safe; only {@link ai.headroom.core.compress.json.SmartCrusher}
 * and its settings are public.
 */
package ai.headroom.core.compress.json;
