/** Headroom as a plain Java library: compress a provider request, keep every original retrievable. No server framework is imported here (an ArchUnit test keeps it so). {@link ai.headroom.core.Headroom} instances are thread-safe. */
package ai.headroom.core;
