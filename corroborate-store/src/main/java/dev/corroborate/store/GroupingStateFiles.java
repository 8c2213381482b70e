package dev.corroborate.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        String body = ChecksummedJournal.verified(text);
        if (body == null) {
            return new Loaded(null, features, path + ": checksum does not match");
        }
        try {
            return new Loaded(json.readValue(body, GroupingState.class), features, null);
        } catch (JsonProcessingException e) {
            return new Loaded(null, features, path + ": unreadable (" + e.getOriginalMessage() + ")");
        }
    }

    /** Appends features of newly placed articles; each reaches the operating system before this returns. */
    public void appendFeatures(List<ArticleFeatures> added) throws IOException {
        if (added.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(added.size());
        for (ArticleFeatures f : added) {
            lines.add(json.writeValueAsString(new FeaturesLine(f.articleId(), f.counts().terms(), f.counts().counts(),
                f.speakers(), f.people(), f.day(), f.headline(), f.embedding(), f.saidDay(), f.retraction())));
        }
        ChecksummedJournal.append(folder.resolve(FEATURES), lines);
    }

    /** Drops all features, as when the state is rebuilt by another version. */
    public void clearFeatures() throws IOException {
        Files.deleteIfExists(folder.resolve(FEATURES));
    }

    /** Replaces the state: written aside, forced to disk, then renamed over the old one. */
    public void save(GroupingState state) throws IOException {
        String body = json.writeValueAsString(state);
        Path temporary = folder.resolve(STATE + ".tmp");
        Files.writeString(temporary, ChecksummedJournal.sealed(body), StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temporary, folder.resolve(STATE), StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
    }

    private Map<String, ArticleFeatures> readFeatures() throws IOException {
        Map<String, ArticleFeatures> features = new LinkedHashMap<>();
        ChecksummedJournal.read(folder.resolve(FEATURES), (body, line, start) -> {
            ArticleFeatures f = parse(body);
            if (f != null) {
                features.putIfAbsent(f.articleId(), f);
            }
        });
        return features;
    }

    /** A verified line body's features, or null when torn or corrupt: the article is then counted again. */
    private ArticleFeatures parse(String body) {
        if (body == null) {
            return null;
        }
        try {
            FeaturesLine f = json.readValue(body, FeaturesLine.class);
            return new ArticleFeatures(f.id(), TermCounts.of(f.terms(), f.counts()), f.speakers(), f.people(), f.day(),
                f.headline(), f.embedding(), f.saidDay(), f.retraction());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }
}
