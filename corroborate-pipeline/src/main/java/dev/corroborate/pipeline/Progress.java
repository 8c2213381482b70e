package dev.corroborate.pipeline;

/** Told as inputs are processed, for progress bars; implementations must be thread-safe. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(int inputs) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void finish() {
        }
    };

    void start(int inputs);

    void advance();

    void finish();
}
