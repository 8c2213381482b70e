package dev.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.corroborate.group.ArticleFeatures;
import dev.corroborate.group.GroupingSettings;
import dev.corroborate.group.GroupingState;
import dev.corroborate.group.TermCounts;

/** The grouping state beside the journal: read back as written, and a damaged file named rather than trusted. */
class GroupingStateFilesTest {
    @TempDir
    Path folder;

    private static final ArticleFeatures FERRY = new ArticleFeatures("p-ferry", TermCounts.of(Map.of("ferri", 3, "quay", 1)),
        List.of("Mara Lindqvist"), List.of("Mara Lindqvist"), LocalDate.of(2025, 6, 2), "Ferry to Osk resumes");
    private static final GroupingState STATE = new GroupingState(GroupingState.VERSION, GroupingSettings.defaults(),
        List.of("p-ferry"), 1, List.of(new GroupingState.EventState(List.of("p-ferry"), List.of("opened by p-ferry"))));

    @Test
    void featuresAndStateReadBackAsWritten() throws Exception {
        try (ArticleStore store = ArticleStore.open(folder)) {
            GroupingStateFiles files = new GroupingStateFiles(store);
            files.appendFeatures(List.of(FERRY));
            files.save(STATE);
            GroupingStateFiles.Loaded loaded = files.load();
            assertNull(loaded.problem());
            assertEquals(STATE, loaded.state());
            assertEquals(Map.of("p-ferry", FERRY), loaded.features());
        }
    }

    @Test
    void aTornFeaturesLineIsDroppedAndADamagedStateIsNamed() throws Exception {
        try (ArticleStore store = ArticleStore.open(folder)) {
            GroupingStateFiles files = new GroupingStateFiles(store);
            files.appendFeatures(List.of(FERRY));
            files.save(STATE);
            Files.writeString(folder.resolve(GroupingStateFiles.FEATURES), "0badc0de\t{\"id\": \"p-to", StandardOpenOption.APPEND);
            Path state = folder.resolve(GroupingStateFiles.STATE);
            Files.writeString(state, Files.readString(state).replace("p-ferry", "p-fairy"), StandardCharsets.UTF_8);

            GroupingStateFiles.Loaded loaded = files.load();
            assertNull(loaded.state());
            assertTrue(loaded.problem().contains(GroupingStateFiles.STATE) && loaded.problem().contains("checksum"),
                loaded.problem());
            assertEquals(Map.of("p-ferry", FERRY), loaded.features());
        }
    }
}
