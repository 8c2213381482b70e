package dev.corroborate.cli;

import java.io.PrintWriter;

import picocli.CommandLine.Option;

/** The {@code --json} switch of the eval commands: a readable part for people, then the JSON figures for scripts. */
final class JsonOutput {
    @Option(names = "--json", description = "Print only the JSON figures.")
    boolean json;

    void print(PrintWriter out, String forPeople, String figures) {
        if (!json && !forPeople.isEmpty()) {
            out.println(forPeople.stripTrailing());
        }
        out.println(figures);
        out.flush();
    }
}
