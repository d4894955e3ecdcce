package org.cocrea.ideas;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.platform.Images;
import org.springframework.stereotype.Component;

/** Assembles the list and proposal pages with a fixed number of statements, whatever the number of rows. */
@Component
class Pages {
    static final String SEED = "ideas.seed";
    /** The kind of an idea's thread in the comments module. */
    static final String COMMENTS = "idea";

    private final IdeaRepository ideas;
    private final TalkRepository talk;
    private final Accounts accounts;
    private final Images images;

    private final org.cocrea.comments.Comments comments;

    Pages(
            IdeaRepository ideas,
            TalkRepository talk,
            Accounts accounts,
            Images images,
            org.cocrea.comments.Comments comments) {
        this.comments = comments;
        this.images = images;
        this.ideas = ideas;
        this.talk = talk;
        this.accounts = accounts;
    }

    ListPage list(Place place, String category, String status, String sort, String page, HttpServletRequest request) {
        var settings = ideas.settings(place.id());
        var offered = settings.categoryList();
        var categories = offered.isEmpty() ? ideas.categoriesInUse(place.id()) : offered;
        String chosenCategory = categories.contains(IdeaForm.text(category)) ? IdeaForm.text(category) : "";
        var chosenStatus = IdeaStatus.fromCode(IdeaForm.text(status));
        var order = IdeaRepository.Sort.fromCode(IdeaForm.text(sort));
        long seed = order == IdeaRepository.Sort.RANDOM ? seed(request) : 0;
        var query = new IdeaRepository.Query(
                chosenCategory.isEmpty() ? null : chosenCategory,
                chosenStatus.orElse(null),
                order,
                seed,
                place.moderates());
        long total = ideas.count(place.id(), query);
        int pages = (int) Math.max(1, (total + ListPage.SIZE - 1) / ListPage.SIZE);
        int current = (int) Math.min(pages, Math.max(1, IdeaService.number(page).orElse(1L)));
        var found = ideas.page(place.id(), query, ListPage.SIZE, (long) (current - 1) * ListPage.SIZE);
        var counts = comments.counts(
                place.access(), COMMENTS, found.stream().map(Idea::id).toList());
        var rows = found.stream()
                .map(i -> i.withComments(counts.getOrDefault(i.id(), 0L)))
                .toList();
        return new ListPage(
                place.initiative(),
                place.instance(),
                rows,
                categories,
                chosenCategory,
                chosenStatus.map(IdeaStatus::code).orElse(""),
                order.code,
                current,
                pages,
                total,
                settings.supportThreshold(),
                place.may(IdeasTool.PROPOSE),
                place.moderates(),
                images.pictures(rows.stream().map(Idea::imageId).toList()));
    }

    /** The random order stays the same for one visitor across pages and reloads: its seed lives in the session. */
    private static long seed(HttpServletRequest request) {
        var session = request.getSession(true);
        if (!(session.getAttribute(SEED) instanceof Long seed)) {
            long fresh = ThreadLocalRandom.current().nextLong(1, 2_147_483_647L);
            session.setAttribute(SEED, fresh);
            return fresh;
        }
        return seed;
    }

    IdeaPage idea(Place place, Idea idea) {
        // The author is named with the commenters, in the thread's one statement for names.
        var thread = comments.thread(
                org.cocrea.comments.CommentTarget.of(place.access(), COMMENTS, idea.id()),
                place.access(),
                idea.authorId() == null ? java.util.Set.of() : java.util.Set.of(idea.authorId()));
        var mine = place.me() == null
                ? Mine.NOBODY
                : talk.mine(place.id(), idea.id(), place.me().personId());
        return new IdeaPage(
                place.initiative(),
                place.instance(),
                idea,
                ideas.settings(place.id()),
                thread,
                talk.attachments(idea.id()),
                thread.names(),
                mine,
                place.me() != null,
                place.may(IdeasTool.SUPPORT),
                place.moderates(),
                place.isAuthor(idea),
                place.moderates() ? talk.reportReasons(idea.id()) : List.of(),
                images.picture(idea.imageId()).orElse(null));
    }

    private static String name(Person p) {
        return p.deleted() ? "" : p.name();
    }
}
