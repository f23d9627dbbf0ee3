/** The {@code itom} command line, built with picocli into {@code itom-examples/target/itom.jar}. */
@NullMarked
package dev.itom.cli;

import org.jspecify.annotations.NullMarked;
