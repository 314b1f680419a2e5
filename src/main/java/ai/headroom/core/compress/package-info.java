/** The compressor contract and the registry of built-in compressors, one per content kind. Compressors are stateless and thread-safe; the pipeline catches whatever they throw. */
package ai.headroom.core.compress;
