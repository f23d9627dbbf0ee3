/**
 * The reference portal: itom embedded in a Spring Boot web application that keeps every version of
 * each operating model in a database (H2 or PostgreSQL), serves them over HTTP with ETags, refuses
 * lost updates, merges an edit made on an older version, and shows the map, the findings and the
 * history on a web page. Run it with {@code java -jar itom-examples/target/itom-portal.jar};
 * docs/PORTAL.md describes the API.
 */
@NullMarked
package dev.itom.examples.portal;

import org.jspecify.annotations.NullMarked;
