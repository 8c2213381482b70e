package dev.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command line. Exit codes: 0 done, 1 usage error, 2 nothing could be processed. */
@Command(name = "corroborate", mixinStandardHelpOptions = true, version = "corroborate 0.1.0",
    description = "Reads news pages, finds who said what, groups articles into events and storylines, and compares "
        + "how outlets cover them.",
    subcommands = {AnalyzeCommand.class, EvalCommand.class, BenchCommand.class})
public final class Main {
    public static final int EXIT_USAGE = 1;
    public static final int EXIT_NOTHING_PROCESSED = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; used by {@link #main} and by end-to-end tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("corroborate: " + e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("corroborate: " + e.getMessage());
            return EXIT_NOTHING_PROCESSED;
        });
        return cli.execute(args);
    }
}
