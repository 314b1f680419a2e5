/**
 * Source-code compression: {@link ai.headroom.core.compress.code.CodeCompressor} parses with tree-sitter
 * (grammars and natives bundled in the io.github.bonede jars, nothing downloaded) and keeps a skeleton of
 * declarations and signatures. Everything here is stateless or per call; parsers are per thread.
 */
package ai.headroom.core.compress.code;
