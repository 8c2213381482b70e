package dev.corroborate.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.corroborate.group.ArticleFeatures;
import dev.corroborate.group.GroupingState;
import dev.corroborate.group.TermCounts;

/**
 * The grouping state beside the article journal, in two files of the store folder: an append-only journal of
 * each article's grouping features (checksummed lines; a torn last line is dropped, as in the article journal),
 * and the events, rewritten whole after each run through a temporary file and an atomic rename, so a crash leaves
 * either the old state or the new one. Call only while holding the store open: its lock guards these files too.
 */
public final class GroupingStateFiles {
    static final String FEATURES = "grouping-features.jsonl";
    static final String STATE = "grouping-state.json";

    /** A features line as persisted. */
    private record FeaturesLine(String id, String[] terms, int[] counts, List<String> speakers, List<String> people,
                                LocalDate day, String headline, float[] embedding, LocalDate saidDay,
                                boolean retraction) {
    }

    /** The state as read, or why there is none to use. */
    public record Loaded(GroupingState state, Map<String, ArticleFeatures> features, String problem) {
    }

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public GroupingStateFiles(ArticleStore store) {
        this.folder = store.folder();
    }

    /** The persisted features and state; the state is null (and a problem named) when absent or unreadable. */
    public Loaded load() throws IOException {
        Map<String, ArticleFeatures> features = readFeatures();
        Path path = folder.resolve(STATE);
        if (!Files.exists(path)) {
            return new Loaded(null, features, "no grouping state in " + folder);
        }
        String text = Files.readString(path, StandardCharsets.UTF_8);
        int tab = text.indexOf('\t');
        if (tab != 8 || !text.substring(0, tab).equals(checksum(text.substring(tab + 1)))) {
            return new Loaded(null, features, path + ": checksum does not match");
        }
        try {
            return new Loaded(json.readValue(text.substring(tab + 1), GroupingState.class), features, null);
        } catch (JsonProcessingException e) {
            return new Loaded(null, features, path + ": unreadable (" + e.getOriginalMessage() + ")");
        }
    }

    /** Appends features of newly placed articles; each reaches the operating system before this returns. */
    public void appendFeatures(List<ArticleFeatures> added) throws IOException {
        if (added.isEmpty()) {
            return;
        }
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(FEATURES), StandardCharsets.UTF_8,
            StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (ArticleFeatures f : added) {
                String line = json.writeValueAsString(new FeaturesLine(f.articleId(), f.counts().terms(),
                    f.counts().counts(), f.speakers(), f.people(), f.day(), f.headline(), f.embedding(), f.saidDay(),
                    f.retraction()));
                out.write(checksum(line) + "\t" + line + "\n");
            }
        }
    }

    /** Drops all features, as when the state is rebuilt by another version. */
    public void clearFeatures() throws IOException {
        Files.deleteIfExists(folder.resolve(FEATURES));
    }

    /** Replaces the state: written aside, forced to disk, then renamed over the old one. */
    public void save(GroupingState state) throws IOException {
        String body = json.writeValueAsString(state);
        Path temporary = folder.resolve(STATE + ".tmp");
        Files.writeString(temporary, checksum(body) + "\t" + body, StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, folder.resolve(STATE), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, ArticleFeatures> readFeatures() throws IOException {
        Map<String, ArticleFeatures> features = new LinkedHashMap<>();
        Path path = folder.resolve(FEATURES);
        if (!Files.exists(path)) {
            return features;
        }
        byte[] bytes = Files.readAllBytes(path);
        int start = 0;
        int goodEnd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            String line = new String(bytes, start, i - start, StandardCharsets.UTF_8);
            ArticleFeatures f = parse(line);
            if (f != null) {
                features.putIfAbsent(f.articleId(), f);
            }
            start = i + 1;
            goodEnd = i + 1;
        }
        if (goodEnd < bytes.length) {
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.truncate(goodEnd);
            }
        }
        return features;
    }

    /** A line's features, or null when torn or corrupt: the article is then counted again. */
    private ArticleFeatures parse(String line) {
        int tab = line.indexOf('\t');
        if (tab != 8 || !line.substring(0, tab).equals(checksum(line.substring(tab + 1)))) {
            return null;
        }
        try {
            FeaturesLine f = json.readValue(line.substring(tab + 1), FeaturesLine.class);
            return new ArticleFeatures(f.id(), TermCounts.of(f.terms(), f.counts()), f.speakers(), f.people(), f.day(),
                f.headline(), f.embedding(), f.saidDay(), f.retraction());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
