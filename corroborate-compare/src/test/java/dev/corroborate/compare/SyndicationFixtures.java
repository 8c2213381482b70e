package dev.corroborate.compare;

import java.time.LocalDate;
import java.util.List;

import dev.corroborate.core.Article;
import dev.corroborate.core.Published;

/** Fictional pages about a ferry strike in the Republic of Veloria, written for the copy tests. */
final class SyndicationFixtures {
    /** The wire original. */
    static final String WIRE = """
        Ferry crews on the Lissen Strait walked off their boats at dawn on Friday, stranding hundreds of \
        commuters on both banks and halting freight to the islands of Orra and Pell.

        "We gave the company three months to answer our letter and it chose silence," said Maren Kolt, who \
        leads the Strait Seafarers' Union. "Today the boats stay tied up."

        The union wants crews paid for the hours they spend loading vehicles before each crossing, work it \
        says has gone unpaid since a new timetable began last spring.

        Strait Ferries said in a statement that it regretted the disruption and had offered talks next week. \
        Its chief executive, Aurel Denk, said the company could not afford the union's demands without raising \
        fares for islanders.

        Harbour staff at Orra said the last freight boat had left with medicine and fuel on Thursday night. \
        The regional council said it would run an emergency launch for hospital patients from Saturday.""";

    /** The same story republished: another headline, a first line trimmed, the fourth paragraph rewritten. */
    static final String REWRITE = """
        Ferry crews on the Lissen Strait walked off their boats on Friday, stranding hundreds of \
        commuters on both banks and halting freight to the islands of Orra and Pell.

        "We gave the company three months to answer our letter and it chose silence," said Maren Kolt, who \
        leads the Strait Seafarers' Union. "Today the boats stay tied up."

        The union wants crews paid for the hours they spend loading vehicles before each crossing, work it \
        says has gone unpaid since a new timetable began last spring.

        The operator, Strait Ferries, told this paper it was sorry for the disruption and had proposed a \
        meeting for the coming week, adding through Aurel Denk that higher pay would mean dearer tickets.

        Harbour staff at Orra said the last freight boat had left with medicine and fuel on Thursday night. \
        The regional council said it would run an emergency launch for hospital patients from Saturday.""";

    /** Another outlet's own report of the same strike: same topic and speakers, its own words. */
    static final String OWN_REPORT = """
        Nobody boarded the seven o'clock boat at Pell on Friday. The Lissen Strait ferries sat idle at their \
        moorings as crews began an open-ended strike over unpaid loading time.

        Maren Kolt, head of the Strait Seafarers' Union, told a crowd at the quay that the company had \
        ignored the union's letter for three months. "Today the boats stay tied up," she said.

        Aurel Denk of Strait Ferries said he was ready to meet the union next week but warned that islanders \
        would pay for any rise through their fares. Shopkeepers on Orra said bread and milk would run short \
        by Monday if the boats did not sail.""";

    /** A short page: a one-line update. */
    static final String SHORT = "Ferry strike: boats stay tied up on the Lissen Strait, union says.";

    private SyndicationFixtures() {
    }

    static Article article(String id, String outlet, LocalDate published, String body) {
        return new Article(id, id + ".txt", null, "Ferry strike", published == null ? null : Published.ofDate(published),
            outlet, List.of(), "en", body);
    }
}
