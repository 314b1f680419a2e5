/** Content detection: what kind a block is, and how a mixed block splits into sections. Stateless and thread-safe. */
package ai.headroom.core.content;
