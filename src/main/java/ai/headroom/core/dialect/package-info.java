/** Provider request shapes (Anthropic Messages, OpenAI Chat Completions, OpenAI Responses): where the compressible text slots are and how the retrieve tool is declared. Stateless. */
package ai.headroom.core.dialect;
