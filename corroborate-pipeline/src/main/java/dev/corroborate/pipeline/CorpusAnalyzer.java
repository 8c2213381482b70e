package dev.corroborate.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.corroborate.compare.Copies;
import dev.corroborate.compare.CopyFinder;
import dev.corroborate.compare.CoverageComparer;
import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Person;
import dev.corroborate.core.Statement;
import dev.corroborate.group.Grouping;
import dev.corroborate.group.IncrementalGrouper;
import dev.corroborate.nlp.EntityNames;
import dev.corroborate.nlp.RoleAttribution;
import dev.corroborate.nlp.SpeakerNames;
import dev.corroborate.store.GroupingStateFiles;

/**
 * The corpus-wide stages: one name per person, organisation and place across articles, events and storylines,
 * copies (syndication), coverage per event.
 * Grouping a fresh store is a pure function of its articles; a store that grows keeps its grouping state and
 * places only the new articles, so there the result is defined by the order the runs brought them in.
 */
public final class CorpusAnalyzer {
    private final Grouping grouping;
    private final CoverageComparer comparer = new CoverageComparer();
    private final CopyFinder copyFinder = new CopyFinder();
    private final RoleAttribution roleAttribution = new RoleAttribution();
    private final EntityNames entityNames = new EntityNames();

    public CorpusAnalyzer() {
        this(new Grouping());
    }

    /** @param grouping how articles are grouped into events and storylines */
    public CorpusAnalyzer(Grouping grouping) {
        this.grouping = grouping;
    }

    /** The analysis of articles grouped afresh, as one batch. */
    public Analysis analyze(List<AnalysedArticle> stored) {
        List<AnalysedArticle> articles = prepared(stored);
        return analysis(articles, grouping.group(articles));
    }

    /**
     * The analysis of a store's articles, its grouping carried on from the state persisted in the store: only
     * articles not placed before are placed now.
     *
     * @param notes told when the grouping state had to be rebuilt, and why
     */
    public Analysis analyze(List<AnalysedArticle> stored, GroupingStateFiles files, List<String> notes)
        throws IOException {
        List<AnalysedArticle> articles = prepared(stored);
        IncrementalGrouper grouper = new StoredGrouping(grouping).update(articles, files, notes);
        return analysis(articles, grouping.result(grouper));
    }

    /**
     * Speakers, organisations and places under one name each, then roles resolved: the timeline learns holders under
     * the settled names.
     */
    private List<AnalysedArticle> prepared(List<AnalysedArticle> stored) {
        return roleAttribution.attribute(entityNames.canonical(withCanonicalSpeakers(stored)));
    }

    private Analysis analysis(List<AnalysedArticle> articles, Grouping.Result groups) {
        Map<String, AnalysedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        // copies are found over the whole corpus, so one counts under its original even in another event
        Copies copies = copyFinder.find(articles.stream().map(AnalysedArticle::article).toList());
        List<EventCoverage> coverage = new ArrayList<>();
        for (Event event : groups.events()) {
            coverage.add(comparer.compare(event, byId, copies));
        }
        return new Analysis(articles, groups.events(), groups.storylines(), coverage, copies.links());
    }

    private static List<AnalysedArticle> withCanonicalSpeakers(List<AnalysedArticle> articles) {
        List<String> names = new ArrayList<>();
        for (AnalysedArticle a : articles) {
            a.people().stream().map(Person::name).forEach(names::add);
            a.statements().stream().map(Statement::speaker).distinct()
                .filter(s -> a.people().stream().noneMatch(p -> p.name().equals(s))).forEach(names::add);
        }
        Map<String, String> canonical = SpeakerNames.canonicalMap(names);
        List<AnalysedArticle> renamed = new ArrayList<>(articles.size());
        for (AnalysedArticle a : articles) {
            List<Statement> statements = a.statements().stream().map(s -> {
                String name = canonical.getOrDefault(s.speaker(), s.speaker());
                return name.equals(s.speaker()) ? s : s.withSpeaker(name);
            }).toList();
            List<Person> people = a.people().stream().map(p -> {
                String name = canonical.getOrDefault(p.name(), p.name());
                if (name.equals(p.name())) {
                    return p;
                }
                List<String> aliases = new ArrayList<>(p.aliases());
                aliases.add(p.name());
                return new Person(name, aliases, p.roles());
            }).toList();
            renamed.add(a.withPeople(people, statements));
        }
        return renamed;
    }
}
