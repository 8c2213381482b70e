package dev.corroborate.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.corroborate.core.AnalysedArticle;

/**
 * The embedded store: a folder holding an append-only journal of analysed articles, one checksummed JSON line
 * each. A run killed mid-write leaves at most a torn last line, which the next open drops; an article already in
 * the journal is never written again. Only one process may hold a store at a time.
 */
public final class ArticleStore implements AutoCloseable {
    private static final String JOURNAL = "articles.jsonl";
    private static final String LOCK = "store.lock";

    private final Path folder;
    private final ObjectMapper json;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Set<String> ids = Collections.synchronizedSet(new HashSet<>());
    /** The stored articles, parsed once at open and kept: later stages read them without touching the disk. */
    private final List<AnalysedArticle> articles = new ArrayList<>();
    private final BufferedWriter journal;
    private final List<String> warnings = new ArrayList<>();

    private ArticleStore(Path folder) throws IOException {
        this.folder = folder;
        this.json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Files.createDirectories(folder);
        this.lockChannel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held;
        try {
            held = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            held = null;
        }
        if (held == null) {
            lockChannel.close();
            throw new IOException("store " + folder + " is in use by another corroborate process");
        }
        this.lock = held;
        recover();
        this.journal = Files.newBufferedWriter(journalPath(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
    }

    /** Opens (or creates) the store in a folder, recovering from a torn last write. */
    public static ArticleStore open(Path folder) throws IOException {
        return new ArticleStore(folder);
    }

    public boolean contains(String articleId) {
        return ids.contains(articleId);
    }

    /**
     * Appends an article unless the store has it; the line reaches the operating system before this returns, so a
     * killed process loses nothing it was told was stored.
     *
     * @return true when it was added
     */
    public boolean add(AnalysedArticle article) {
        if (!ids.add(article.id())) {
            return false;
        }
        String record;
        try {
            // Serialise outside the lock: workers only queue up for the write itself.
            String line = json.writeValueAsString(article);
            record = ChecksummedJournal.line(line);
        } catch (JsonProcessingException e) {
            ids.remove(article.id());
            throw new UncheckedIOException("cannot serialise article " + article.id(), e);
        }
        synchronized (this) {
            try {
                journal.write(record);
                journal.flush();
                articles.add(article);
                return true;
            } catch (IOException e) {
                ids.remove(article.id());
                throw new UncheckedIOException("cannot write to store " + folder, e);
            }
        }
    }

    /** Every article in the store, in id order: those found at open and those added since, read once. */
    public synchronized List<AnalysedArticle> articles() {
        List<AnalysedArticle> all = new ArrayList<>(articles);
        all.sort(Comparator.comparing(AnalysedArticle::id));
        return all;
    }

    public int size() {
        return ids.size();
    }

    /** Problems met while reading the journal (a corrupt line in the middle), for the user's report. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            journal.flush();
            try (FileChannel channel = FileChannel.open(journalPath(), StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            journal.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    private Path journalPath() {
        return folder.resolve(JOURNAL);
    }

    /** Loads the journal's articles and truncates a torn tail left by a killed run. */
    private void recover() throws IOException {
        ChecksummedJournal.read(journalPath(), (body, line, start) -> {
            AnalysedArticle article = parse(body);
            if (article != null) {
                if (ids.add(article.id())) {
                    articles.add(article);
                }
            } else if (!line.isBlank()) {
                warnings.add("store " + folder + ": skipped a corrupt journal line at byte " + start);
            }
        });
    }

    /** A verified line body's article, or null when the body is null (checksum failed) or unreadable. */
    private AnalysedArticle parse(String body) {
        if (body == null) {
            return null;
        }
        try {
            return json.readValue(body, AnalysedArticle.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
