package dev.corroborate.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MediaTagsTest {
    @Test
    void dropsALeadingOrTrailingMediaTag() {
        assertEquals("Lantern festival lights up the old harbour",
            MediaTags.strip("WATCH: Lantern festival lights up the old harbour"));
        assertEquals("Lantern festival lights up the old harbour",
            MediaTags.strip("Lantern festival lights up the old harbour (video)"));
        assertEquals("Lantern festival lights up the old harbour",
            MediaTags.strip("Lantern festival lights up the old harbour [Photos]"));
    }

    @Test
    void keepsHeadlinesThatOnlyMentionAMedium() {
        assertEquals("Watch party draws crowds to the harbour", MediaTags.strip("Watch party draws crowds to the harbour"));
        assertEquals("Why the harbour video went viral", MediaTags.strip("Why the harbour video went viral"));
        assertEquals("(Video)", MediaTags.strip("(Video)"));
        assertNull(MediaTags.strip(null));
    }
}
