/**
 * The command line: a thin picocli shell over the pipeline stages. Results go to stdout, diagnostics to stderr.
 * Exit codes: 0 ok, 1 gaps found ({@code check}), 2 usage error, 3 unreadable input, 4 internal error.
 */
package org.duibiao.cli;
