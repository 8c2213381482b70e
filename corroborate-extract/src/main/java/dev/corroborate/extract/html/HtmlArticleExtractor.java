package dev.corroborate.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import dev.corroborate.core.Article;
import dev.corroborate.core.Page;
import dev.corroborate.extract.ArticleExtractor;
import dev.corroborate.extract.NoArticleException;
import dev.corroborate.extract.Spaces;
import dev.corroborate.extract.Words;
import dev.corroborate.extract.meta.LanguageGuesser;

/**
 * Extracts the article from an HTML page (jsoup). The passes, in order:
 * <ol>
 *   <li>{@link MetadataReader}: title, date, authors, outlet, language, canonical URL — read first, because the
 *       byline and date live in what the next pass removes;</li>
 *   <li>{@link BoilerplateRemover}: navigation, header/footer, share boxes, related links, ads, captions...;</li>
 *   <li>{@link ContentZoneSelector}: the part of what is left that holds the article, by text and link density;</li>
 *   <li>{@link ParagraphRenderer}, {@link BoilerplateLines}, {@link RepeatedSummary} and {@link BackMatter}: the zone
 *       as paragraphs;</li>
 *   <li>{@link IndexPageDetector}: refuses pages of teasers; the JSON-LD {@code articleBody}, else the article
 *       in the page's hydration state ({@link HydrationBody}), stands in when the markup yields much less text;</li>
 *   <li>{@link Standfirst} and {@link KeyPoints}: the subheadline and the key points box under the headline, found
 *       before the header is removed, open the article.</li>
 * </ol>
 * Every pass over the tree is iterative, so hostile nesting cannot exhaust the stack. Thread-safe.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {
    /** Past this many characters a page is cut: no article needs more, and parsing stays bounded. */
    static final int MAX_CHARS = 8 * 1024 * 1024;
    /** A body from the page's scripts replaces the markup's when it has this many times more words. */
    private static final double SCRIPT_BODY_FACTOR = 1.6;
    /** ...and at least this many: a few sentences are no article. */
    private static final int SCRIPT_BODY_MIN_WORDS = 30;

    private final MetadataReader metadata = new MetadataReader();
    private final BoilerplateRemover remover = new BoilerplateRemover();
    private final ContentZoneSelector selector = new ContentZoneSelector();
    private final ParagraphRenderer renderer = new ParagraphRenderer();
    private final BoilerplateLines lines = new BoilerplateLines();
    private final IndexPageDetector indexPages = new IndexPageDetector();

    @Override
    public Article extract(Page page) throws NoArticleException {
        String html = page.content();
        if (html.length() > MAX_CHARS) {
            html = html.substring(0, MAX_CHARS);
        }
        MarkupPrefilter.Kept kept = MarkupPrefilter.keep(html);
        Document doc = Parser.htmlParser().parseInput(kept.reader(), page.url() == null ? "" : page.url());
        ElementHints hints = new ElementHints();
        PageElements elements = PageElements.of(doc, hints);
        JsonLd ld = JsonLd.of(elements);
        HtmlMetadata meta = metadata.read(doc, elements, ld, page, hints);
        Element body = doc.body();
        if (body == null) {
            throw new NoArticleException("no article text found");
        }
        // looked for before the header that holds it is removed
        Element standfirst = Standfirst.find(elements.inBody(), meta.description());
        KeyPoints.Box keyPoints = KeyPoints.find(elements.inBody());
        // the metadata pass changes nothing, so the counts measured before it are still the body's
        TextMeasure measure = remover.clean(body, elements.bodyText(), hints, elements.inBody().size());
        List<Element> zone = selector.select(body, measure, hints);
        List<String> paragraphs =
            BackMatter.cut(RepeatedSummary.drop(lines.filter(renderer.render(zone, measure), meta.title())));
        if (indexPages.looksLikeIndex(zone, measure, paragraphs, meta)) {
            throw new NoArticleException("no article: looks like an index page");
        }
        // the markup's words are counted only when a script's body is weighed against them, and once
        WordCount markupWords = new WordCount(paragraphs);
        List<String> jsonLdBody = jsonLdParagraphs(meta.jsonLdBody());
        if (preferScriptBody(markupWords, jsonLdBody, false)) {
            paragraphs = jsonLdBody;
            markupWords = new WordCount(paragraphs);
        }
        WordCount shown = markupWords;
        List<String> stateBody = HydrationBody.paragraphs(HydrationScripts.read(html, kept.scriptStarts(),
            () -> Math.max(SCRIPT_BODY_MIN_WORDS, (int) Math.ceil(SCRIPT_BODY_FACTOR * shown.getAsInt()))));
        if (preferScriptBody(markupWords, stateBody, true)) {
            paragraphs = stateBody;
        }
        paragraphs = withOpening(paragraphs, Standfirst.toPrepend(standfirst, zone, paragraphs),
            KeyPoints.toPrepend(keyPoints, zone, paragraphs));
        String text = String.join("\n\n", paragraphs);
        // a body too short to be an article is refused by PageExtractor's floor of words
        if (text.isBlank()) {
            throw new NoArticleException("no article text found");
        }
        String language = meta.language() != null ? meta.language() : LanguageGuesser.guess(text);
        return new Article(page.id(), page.source(), meta.canonicalUrl(), meta.title(), meta.published(),
            meta.outlet(), meta.authors(), language, text);
    }

    /**
     * True when the body read from a script should replace the markup's, which gave much less (a script-rendered or
     * truncated page). A body found by search rather than declared ({@code mustContinue}) must also hold most of
     * what the markup shows, so that another story kept in the same state never stands in for this one.
     * @param markup the markup's paragraphs and their words
     */
    private static boolean preferScriptBody(WordCount markup, List<String> scriptBody, boolean mustContinue) {
        int scriptWords = words(scriptBody);
        if (scriptWords < SCRIPT_BODY_MIN_WORDS || scriptWords < SCRIPT_BODY_FACTOR * markup.getAsInt()) {
            return false;
        }
        return !mustContinue || ScriptBodyOverlap.holdsMostOf(scriptBody, markup.paragraphs);
    }

    /** The words of a list of paragraphs, counted when first asked for. */
    private static final class WordCount implements IntSupplier {
        private final List<String> paragraphs;
        private int words = -1;

        WordCount(List<String> paragraphs) {
            this.paragraphs = paragraphs;
        }

        @Override
        public int getAsInt() {
            if (words < 0) {
                words = words(paragraphs);
            }
            return words;
        }
    }

    /** The paragraphs opened by the standfirst (or null) and then the key points, as the header shows them. */
    private static List<String> withOpening(List<String> paragraphs, String standfirst, List<String> keyPoints) {
        if (standfirst == null && keyPoints.isEmpty()) {
            return paragraphs;
        }
        List<String> out = new ArrayList<>(paragraphs.size() + 1 + keyPoints.size());
        if (standfirst != null) {
            out.add(standfirst);
        }
        out.addAll(keyPoints);
        out.addAll(paragraphs);
        return out;
    }

    private static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += Words.count(p);
        }
        return n;
    }

    /** The JSON-LD body as paragraphs, its markup reduced to text. */
    private static List<String> jsonLdParagraphs(String jsonLdBody) {
        List<String> out = new ArrayList<>();
        if (jsonLdBody == null || jsonLdBody.isBlank()) {
            return out;
        }
        // one paragraph a line: blank lines between paragraphs, and the '\r' of "\r\n", collapse to nothing
        String plain = JsonLdBodyText.plain(jsonLdBody);
        for (int start = 0, end; start <= plain.length(); start = end + 1) {
            end = plain.indexOf('\n', start);
            if (end < 0) {
                end = plain.length();
            }
            String s = Spaces.collapse(plain.substring(start, end)).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
