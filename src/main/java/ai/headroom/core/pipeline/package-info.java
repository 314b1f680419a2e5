/** The request path of the core, assembled in {@link ai.headroom.core.pipeline.CompressionPipeline}. One pipeline serves all requests concurrently. */
package ai.headroom.core.pipeline;
