package dev.corroborate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Article;
import dev.corroborate.core.Claim;
import dev.corroborate.core.CopyLink;
import dev.corroborate.core.Entity;
import dev.corroborate.core.EntityKind;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Evidence;
import dev.corroborate.core.HeadlineCheck;
import dev.corroborate.core.Person;
import dev.corroborate.core.Statement;
import dev.corroborate.core.Storyline;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Renders an {@link Analysis} as {@code analysis.json}, the stable interface for scripts.
 *
 * <p>Keys are written in a fixed order by a streaming generator (never from a map), so the same analysis always
 * gives byte-identical output. Offsets ({@code start}, {@code end}, {@code sentence_start}, ...) are half-open
 * character offsets into the article's {@code body}. Absent values are written as JSON {@code null}, never left
 * out, so scripts can rely on every key being present.
 */
public final class JsonReport {
    /** The file name this format is written to. */
    public static final String FILE_NAME = "analysis.json";

    private final JsonFactory factory = JsonFactory.builder().build();

    /** Returns the JSON document for {@code analysis}: pretty-printed, two-space indent, '\n' line ends. */
    public String render(Analysis analysis) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            writeArticles(json, analysis.articles());
            writeEvents(json, new ReportIndex(analysis));
            writeStorylines(json, analysis.storylines());
            writeCoverage(json, analysis.coverage());
            writeCopies(json, analysis.copies());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out + "\n";
    }

    // Line ends fixed to '\n' (Jackson's default is the platform's) so output is the same on every OS.
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void writeArticles(JsonGenerator json, List<AnalysedArticle> articles) throws IOException {
        json.writeArrayFieldStart("articles");
        for (AnalysedArticle analysed : articles) {
            Article a = analysed.article();
            json.writeStartObject();
            json.writeStringField("id", a.id());
            json.writeStringField("source", a.source());
            json.writeStringField("url", a.url());
            json.writeStringField("title", a.title());
            json.writeStringField("published", a.published() == null ? null : a.published().toIso());
            json.writeStringField("outlet", a.outlet());
            writeStrings(json, "authors", a.authors());
            json.writeStringField("language", a.language());
            json.writeStringField("body", a.body());
            writePeople(json, analysed.people());
            writeEntities(json, "organisations", EntityKind.ORGANISATION, analysed.entities());
            writeEntities(json, "places", EntityKind.PLACE, analysed.entities());
            writeStatements(json, a.body(), analysed.statements());
            HeadlineCheck headline = analysed.headline() == null ? HeadlineCheck.noHeadline() : analysed.headline();
            json.writeFieldName("headline_supported");
            if (headline.supported() == null) {
                json.writeNull();
            } else {
                json.writeBoolean(headline.supported());
            }
            json.writeNumberField("headline_coverage", headline.coverage());
            json.writeStringField("headline_reason", headline.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writePeople(JsonGenerator json, List<Person> people) throws IOException {
        json.writeArrayFieldStart("people");
        for (Person p : people) {
            json.writeStartObject();
            json.writeStringField("name", p.name());
            writeStrings(json, "aliases", p.aliases());
            writeStrings(json, "roles", p.roles());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeEntities(JsonGenerator json, String field, EntityKind kind, List<Entity> entities)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (Entity e : entities) {
            if (e.kind() == kind) {
                json.writeStartObject();
                json.writeStringField("name", e.name());
                writeStrings(json, "aliases", e.aliases());
                json.writeNumberField("mentions", e.mentions());
                json.writeEndObject();
            }
        }
        json.writeEndArray();
    }

    private static void writeStatements(JsonGenerator json, String body, List<Statement> statements)
            throws IOException {
        json.writeArrayFieldStart("statements");
        for (Statement s : statements) {
            json.writeStartObject();
            json.writeStringField("speaker", s.speaker());
            json.writeStringField("speaker_mention", s.speakerMention());
            json.writeStringField("kind", s.kind().jsonName());
            json.writeStringField("cue", s.cue());
            json.writeStringField("text", Texts.slice(body, s.content()));
            json.writeNumberField("start", s.content().start());
            json.writeNumberField("end", s.content().end());
            json.writeNumberField("sentence_start", s.sentence().start());
            json.writeNumberField("sentence_end", s.sentence().end());
            json.writeStringField("said_on", isoDate(s.saidOn()));
            json.writeStringField("said_on_text", s.saidOnText());
            if (s.saidWithin() == null) {
                json.writeNullField("said_within");
            } else {
                json.writeObjectFieldStart("said_within");
                json.writeStringField("first", s.saidWithin().first().toString());
                json.writeStringField("last", s.saidWithin().last().toString());
                json.writeEndObject();
            }
            if (s.roleEvidence() != null) {
                // why a role mention became this person: the article that named the holder, and its day
                json.writeObjectFieldStart("speaker_why");
                json.writeStringField("role", s.roleEvidence().role());
                json.writeStringField("article", s.roleEvidence().articleId());
                json.writeStringField("published", isoDate(s.roleEvidence().taughtOn()));
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeEvents(JsonGenerator json, ReportIndex index) throws IOException {
        json.writeArrayFieldStart("events");
        for (Event e : index.analysis().events()) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("title", e.title());
            json.writeStringField("storyline", e.storyline());
            json.writeStringField("date", isoDate(e.date()));
            writeStrings(json, "articles", e.articleIds());
            writeStrings(json, "why", e.why());
            writeNamed(json, index.namedIn(e));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeNamed(JsonGenerator json, List<NamedInEvent> named) throws IOException {
        json.writeArrayFieldStart("named");
        for (NamedInEvent n : named) {
            json.writeStartObject();
            json.writeStringField("name", n.name());
            json.writeStringField("kind", n.kind() == EntityKind.ORGANISATION ? "organisation" : "place");
            json.writeNumberField("articles", n.articles());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStorylines(JsonGenerator json, List<Storyline> storylines) throws IOException {
        json.writeArrayFieldStart("storylines");
        for (Storyline s : storylines) {
            json.writeStartObject();
            json.writeStringField("id", s.id());
            json.writeStringField("title", s.title());
            writeStrings(json, "events", s.eventIds());
            writeStrings(json, "why", s.why());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeCopies(JsonGenerator json, List<CopyLink> copies) throws IOException {
        json.writeArrayFieldStart("copies");
        for (CopyLink c : copies) {
            json.writeStartObject();
            json.writeStringField("article", c.copyId());
            json.writeStringField("original", c.originalId());
            json.writeNumberField("similarity", c.similarity());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeCoverage(JsonGenerator json, List<EventCoverage> coverage) throws IOException {
        json.writeArrayFieldStart("coverage");
        for (EventCoverage c : coverage) {
            json.writeStartObject();
            json.writeStringField("event", c.eventId());
            json.writeArrayFieldStart("claims");
            for (Claim claim : c.claims()) {
                json.writeStartObject();
                json.writeStringField("support", claim.support().name().toLowerCase(Locale.ROOT));
                json.writeStringField("speaker", claim.speaker());
                json.writeStringField("summary", claim.summary());
                json.writeNumberField("article_count", claim.articleCount());
                json.writeNumberField("source_count", claim.sourceCount());
                json.writeArrayFieldStart("evidence");
                for (Evidence ev : claim.evidence()) {
                    json.writeStartObject();
                    json.writeStringField("article", ev.articleId());
                    json.writeStringField("outlet", ev.outlet());
                    json.writeNumberField("start", ev.sentence().start());
                    json.writeNumberField("end", ev.sentence().end());
                    json.writeStringField("text", ev.text());
                    json.writeStringField("copy_of", ev.copyOf());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
