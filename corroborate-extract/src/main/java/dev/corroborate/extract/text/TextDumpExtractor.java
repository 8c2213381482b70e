package dev.corroborate.extract.text;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.core.Published;
import dev.corroborate.extract.ArticleExtractor;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.meta.LanguageGuesser;

/**
 * Extracts the article from a plain-text page dump (visible text, one block per line, boilerplate included):
 * classify the lines, take the longest run of prose as the body, then read headline, date, byline and outlet from
 * the lines around it.
 */
public final class TextDumpExtractor implements ArticleExtractor {
    /** Below this a "body" is a teaser or a prompt, not an article, unless the whole dump is a {@link ProseBrief}. */
    private static final int MIN_BODY_WORDS = 40;
    /** How far into the body a byline or dateline may sit. */
    private static final int LEAD_LINES = 8;
    /** A byline or dateline is a short line. */
    private static final int STAMP_WORDS = 16;
    /** How far below the body a dateline may sit, and how short it is there. */
    private static final int TRAILER_LINES = 12;
    private static final int TRAILER_STAMP_WORDS = 8;

    private final LineClassifier classifier = new LineClassifier();
    private final BodyLocator locator = new BodyLocator();
    private final LeadFinder leads = new LeadFinder();
    private final HeadlinePicker headlines = new HeadlinePicker();
    private final Clock clock;

    public TextDumpExtractor() {
        this(Clock.systemUTC());
    }

    /** @param clock today's date, for the guard against future publication dates of pages with no fetch time */
    public TextDumpExtractor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Article extract(Page page) throws NoArticleException {
        List<DumpLine> lines = classifier.classifyAll(page.content());
        Set<String> repeats = RepeatedHeadlines.repeatedTexts(lines);
        Set<Integer> headlineRows = RepeatedHeadlines.rows(lines);
        UrlSlug slug = UrlSlug.of(page.url());
        BodyLocator.Body located = locator.locate(lines, headlineRows, slug);
        if (located == null || located.lines().stream().mapToInt(DumpLine::words).sum() < MIN_BODY_WORDS
            && !ProseBrief.is(lines)) {
            throw new NoArticleException("no article text found");
        }
        BodyLocator.Body body = EchoedParagraphs.drop(TrailingList.extend(leads.widen(located, lines), lines));
        // Headline, byline and date sit above the located run: the lead taken in front of it sits among them.
        int headerEnd = located.first();
        String text = joined(body.lines());
        // The headline stands over the whole body, a lead taken into it included.
        DumpLine headline = headlines.pick(lines, body.first(), text, repeats, slug);
        String title = headline == null ? null : HeadlineText.of(headline, lines);
        // A headline the dump read as prose opens the body run; the article's text starts below it.
        text = joined(LeadByline.without(HeadedBody.below(title, body.lines())));
        DumpLine standfirst = Standfirst.under(headline, lines, body);
        if (standfirst != null) {
            text = standfirst.text() + "\n\n" + text;
        }
        List<DumpLine> header = withLeadStamps(lines.subList(0, headerEnd), lines, body);
        // A page cannot be published after it was fetched: an archived page is judged by its fetch day, not today.
        LocalDate today = page.fetched() != null ? page.fetched().atOffset(ZoneOffset.UTC).toLocalDate() : LocalDate.now(clock);
        DumpMetadata metadata = new DumpMetadata(today);
        Published published = metadata.published(header);
        if (published == null) {
            published = metadata.published(trailerStamps(lines, body));
        }
        published = AddressDate.reconcile(published, metadata.onByline(header, published), page.url(), today);
        if (published == null) {
            // the body may have been taken from a box beside the article: its byline stamp still stands alone
            published = metadata.firstStamp(lines);
        }
        // "Published 3 days ago": only the fetch time turns the age a stamp gives into a day
        if (published == null && page.fetched() != null) {
            published = RelativeStamp.in(header, page.fetched());
        }
        String outlet = DumpOutlet.outlet(header, lines);
        if (outlet == null && page.url() != null) {
            outlet = hostOf(page.url());
        }
        return new Article(page.id(), page.source(), page.url(), title,
            published, outlet, DumpByline.authors(header, headerEnd, lines, headline), LanguageGuesser.guess(text), text);
    }

    /**
     * The header and the short non-prose lines at the head of the body: a byline or dateline printed under the
     * standfirst, or between the lead paragraph and the rest, sits there.
     */
    private static List<DumpLine> withLeadStamps(List<DumpLine> header, List<DumpLine> lines, BodyLocator.Body body) {
        List<DumpLine> out = new ArrayList<>(header);
        int end = Math.min(body.last(), body.first() + LEAD_LINES);
        for (int k = Math.max(body.first(), header.size()); k <= end; k++) {
            DumpLine line = lines.get(k);
            if (line.kind() != LineKind.PROSE && line.words() <= STAMP_WORDS) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * Short lines just below the body: some sites print the date at the article's foot, past the share buttons and
     * the "Published …" line, where nothing above the body shows one.
     */
    private static List<DumpLine> trailerStamps(List<DumpLine> lines, BodyLocator.Body body) {
        List<DumpLine> out = new ArrayList<>();
        int end = Math.min(lines.size() - 1, body.last() + TRAILER_LINES);
        for (int k = body.last() + 1; k <= end; k++) {
            DumpLine line = lines.get(k);
            if (BoilerplateLexicon.isCopyright(line.text())) {
                break; // the page footer: its year is no publication date
            }
            if (line.kind() != LineKind.PROSE && line.words() <= TRAILER_STAMP_WORDS) {
                out.add(line);
            }
        }
        return out;
    }

    private static String joined(List<DumpLine> paragraphs) {
        return paragraphs.stream().map(DumpLine::text).collect(Collectors.joining("\n\n"));
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
