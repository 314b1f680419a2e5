/** CCR stores that need a server: Redis through the Quarkus (Vert.x) Redis client. */
package ai.headroom.gateway.store;
