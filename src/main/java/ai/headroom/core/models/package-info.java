/**
 * The model table: context windows, output limits and list prices, built in and extensible by a user file.
 * A catalog is immutable and thread-safe; a bad file is a {@link ai.headroom.core.models.ModelCatalogException}
 * naming the file and line.
 */
package ai.headroom.core.models;
