package org.parallax.cli;

import picocli.CommandLine.Option;

/**
 * `--pseudonymise` for every command that writes a file: the file then carries the pseudonyms of sensitive values
 * instead of the values ({@link ProjectCommand} turns the workbench's one engine on; docs/refi-qda.md).
 */
final class PseudonymiseOption {
    @Option(names = "--pseudonymise", description = "Replace values of sensitive attributes (and their occurrences "
            + "in every text, label and name) with stable pseudonyms P01, P02, ...")
    boolean on;
}
