package dev.corroborate.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.corroborate.compare.CoverageComparer;
import dev.corroborate.core.AnalysedArticle;
import dev.corroborate.core.Analysis;
import dev.corroborate.core.Event;
import dev.corroborate.core.EventCoverage;
import dev.corroborate.core.Person;
import dev.corroborate.core.Statement;
import dev.corroborate.group.Grouping;
import dev.corroborate.nlp.RoleAttribution;
import dev.corroborate.nlp.SpeakerNames;

/**
 * The corpus-wide stages: one name per person across articles, events and storylines, coverage per event.
 * A pure function of the stored articles, so the result does not depend on the order pages arrived in.
 */
public final class CorpusAnalyzer {
    private final Grouping grouping;
    private final CoverageComparer comparer = new CoverageComparer();
    private final RoleAttribution roleAttribution = new RoleAttribution();

    public CorpusAnalyzer() {
        this(new Grouping());
    }

    /** @param grouping how articles are grouped into events and storylines */
    public CorpusAnalyzer(Grouping grouping) {
        this.grouping = grouping;
    }

    public Analysis analyze(List<AnalysedArticle> stored) {
        // roles after names: the timeline learns holders under the names the corpus settled on
        List<AnalysedArticle> articles = roleAttribution.attribute(withCanonicalSpeakers(stored));
        Grouping.Result groups = grouping.group(articles);
        Map<String, AnalysedArticle> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<EventCoverage> coverage = new ArrayList<>();
        for (Event event : groups.events()) {
            coverage.add(comparer.compare(event, byId));
        }
        return new Analysis(articles, groups.events(), groups.storylines(), coverage);
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
                return name.equals(s.speaker()) ? s : new Statement(name, s.speakerMention(), s.kind(), s.cue(),
                    s.content(), s.sentence(), s.saidOn(), s.saidOnText(), s.roleEvidence());
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
            renamed.add(new AnalysedArticle(a.article(), a.sentences(), people, statements, a.headline(),
                a.roleSpoken()));
        }
        return renamed;
    }
}
