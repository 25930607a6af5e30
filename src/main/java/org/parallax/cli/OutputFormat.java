package org.parallax.cli;

/** How listing commands print: an aligned table for people, CSV or JSON for scripts. */
enum OutputFormat {
    table, csv, json
}
