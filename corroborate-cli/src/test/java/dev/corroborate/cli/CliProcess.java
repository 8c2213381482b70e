package dev.corroborate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real CLI in its own JVM, as a user would, and captures what it prints. */
final class CliProcess {
    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
    }

    static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        Process process = start(workDir, args);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("CLI did not finish: " + String.join(" ", args));
        }
        String err = Files.readString(workDir.resolve("cli-stderr.txt"));
        return new Result(process.exitValue(), out, err);
    }

    static Process start(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile())
            .redirectError(workDir.resolve("cli-stderr.txt").toFile()).start();
    }

    /** The repository root, found from the module's working directory. */
    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("examples/demo"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private CliProcess() {
    }
}
