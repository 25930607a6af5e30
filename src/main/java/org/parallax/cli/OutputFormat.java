package org.parallax.cli;

/** How listing commands print: an aligned table for people, CSV or JSON for scripts, or an Excel sheet (with --out). */
enum OutputFormat {
    table, csv, json, xlsx
}
