package dev.corroborate.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

import dev.corroborate.pipeline.Progress;

/** A one-line progress bar on stderr, redrawn at most every percent, shown only for inputs large enough to need one. */
final class ProgressBar implements Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private final int minInputs;
    private volatile int lastPercent = -1;
    private volatile boolean active;

    ProgressBar(PrintStream out, int minInputs) {
        this.out = out;
        this.minInputs = minInputs;
    }

    @Override
    public void start(int inputs) {
        total = inputs;
        active = inputs >= minInputs;
    }

    @Override
    public void advance() {
        if (!active) {
            return;
        }
        int n = done.incrementAndGet();
        int percent = total == 0 ? 100 : n * 100 / total;
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent * WIDTH / 100;
            synchronized (out) {
                out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + n + "/" + total);
                out.flush();
            }
        }
    }

    @Override
    public void finish() {
        if (!active) {
            return;
        }
        synchronized (out) {
            out.print("\r" + " ".repeat(WIDTH + 30) + "\r");
            out.flush();
        }
    }
}
