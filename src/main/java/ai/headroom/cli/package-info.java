/** The headroom command line (picocli). Only {@code proxy} boots Quarkus; the other commands run the core directly and open no port. */
package ai.headroom.cli;
