package dev.itom.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option every command has. */
final class Verbose {
  @Option(names = "--verbose", description = "Show the stack trace of an unexpected failure.")
  boolean verbose;
}
