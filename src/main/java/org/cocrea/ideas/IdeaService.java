package org.cocrea.ideas;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.Images;
import org.cocrea.platform.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** What people do with proposals. Every change is authorised by the initiatives API before anything is read. */
@Service
class IdeaService {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 20_000;
    static final int MAX_REASON = 500;

    private final Initiatives initiatives;
    private final IdeaRepository ideas;
    private final TalkRepository talk;
    private final Supports supports;
    private final FollowerMail mail;
    private final TransactionTemplate tx;
    private final Images images;
    private final org.springframework.context.ApplicationEventPublisher events;

    IdeaService(
            Initiatives initiatives,
            IdeaRepository ideas,
            TalkRepository talk,
            Supports supports,
            FollowerMail mail,
            PlatformTransactionManager transactions,
            Images images,
            org.springframework.context.ApplicationEventPublisher events) {
        this.images = images;
        this.events = events;
        this.initiatives = initiatives;
        this.ideas = ideas;
        this.talk = talk;
        this.supports = supports;
        this.mail = mail;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Stores the proposal, its picture and its files together, or nothing. */
    long propose(Place place, IdeaForm form, List<MultipartFile> files, MultipartFile image) {
        require(place, IdeasTool.PROPOSE);
        var problems = new ArrayList<Refused.Problem>();
        var draft = draft(form, ideas.settings(place.id()), problems);
        var uploads = uploads(files, problems);
        var picture = images.check(image, form.imageAlt(), problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        long id = tx.execute(status -> {
            long idea = ideas.insert(place.id(), place.me().personId(), draft);
            if (picture.isPresent()) {
                ideas.setImage(
                        idea,
                        images.store(
                                place.initiative().id(),
                                picture.get(),
                                place.me().personId()));
            }
            for (Upload u : uploads) {
                talk.attach(idea, u.name(), u.type(), u.bytes());
            }
            talk.follow(idea, place.me().personId());
            return idea;
        });
        initiatives.touch(place.initiative().id());
        return id;
    }

    void support(Place place, Idea idea) {
        require(place, IdeasTool.SUPPORT);
        if (!initiatives.counts(place.me())) {
            throw new Refused(null, Refused.UNCONFIRMED);
        }
        if (!idea.collecting()) {
            throw new Refused(null, "ideas.support.closed");
        }
        int limit = ideas.settings(place.id()).supportsPerPerson();
        supports.support(place.id(), idea.id(), place.me().personId(), limit).ifPresent(key -> {
            throw new Refused(null, key, limit);
        });
    }

    void withdraw(Place place, Idea idea) {
        require(place, IdeasTool.SUPPORT);
        supports.withdraw(place.id(), idea.id(), place.me().personId());
    }

    /**
     * An official answer; a rejection needs a reason, shown publicly. Followers get a mail. In one transaction: the
     * answer, the followers' notification and {@link ProposalAnswered} (for webhooks) are stored together.
     */
    @org.springframework.transaction.annotation.Transactional
    void answer(Place place, Idea idea, String statusCode, String reason) {
        require(place, IdeasTool.MODERATE);
        var status = IdeaStatus.fromCode(IdeaForm.text(statusCode)).filter(IdeaStatus::isAnswer);
        String text = IdeaForm.text(reason);
        var problems = new ArrayList<Refused.Problem>();
        if (status.isEmpty()) {
            problems.add(new Refused.Problem("answerStatus", "ideas.answer.status.invalid"));
        }
        if (text.length() > MAX_TEXT) {
            problems.add(new Refused.Problem("answerReason", "ideas.answer.reason.tooLong"));
        } else if (text.isEmpty() && status.orElse(null) == IdeaStatus.REJECTED) {
            problems.add(new Refused.Problem("answerReason", "ideas.answer.reason.required"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        var at = IdeaRepository.now();
        ideas.answer(idea.id(), status.get(), text.isEmpty() ? null : text, at);
        initiatives.touch(place.initiative().id());
        mail.answered(place, idea, status.get(), text);
        events.publishEvent(new ProposalAnswered(place.initiative().id(), place.id(), idea.id(), status.get(), at));
    }

    /** Anyone signed in who can read the proposal may report it once; enough reports hide it for review. */
    void report(Place place, Idea idea, String reason) {
        requireReader(place);
        String text = IdeaForm.text(reason);
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new Refused("reportReason", "ideas.report.invalid");
        }
        try {
            talk.report(idea.id(), place.me().personId(), text);
        } catch (DuplicateKeyException again) {
            throw new Refused(null, "ideas.report.again");
        }
        if (talk.reports(idea.id()) >= ideas.settings(place.id()).reportsToHide()) {
            ideas.hideForReview(idea.id());
        }
    }

    void moderate(Place place, Idea idea, String action) {
        require(place, IdeasTool.MODERATE);
        switch (IdeaForm.text(action)) {
            case "hide" -> ideas.moderate(idea.id(), "hidden");
            case "restore" -> ideas.moderate(idea.id(), "cleared");
            default -> throw new Refused(null, "ideas.moderation.invalid");
        }
    }

    void follow(Place place, Idea idea, boolean follow) {
        requireReader(place);
        if (follow) {
            talk.follow(idea.id(), place.me().personId());
        } else {
            talk.unfollow(idea.id(), place.me().personId());
        }
    }

    void saveSettings(Place place, SettingsForm form) {
        require(place, IdeasTool.MODERATE);
        var problems = new ArrayList<Refused.Problem>();
        var categories = IdeaForm.text(form.categories())
                .lines()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        if (categories.size() > 20 || categories.stream().anyMatch(c -> c.length() > 100)) {
            problems.add(new Refused.Problem("categories", "ideas.settings.categories.invalid"));
        }
        int perPerson = count(form.supportsPerPerson(), 1, 1000, "supportsPerPerson", problems);
        int threshold = count(form.supportThreshold(), 0, 1_000_000, "supportThreshold", problems);
        int reports = count(form.reportsToHide(), 1, 1000, "reportsToHide", problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        ideas.saveSettings(place.id(), new IdeaSettings(String.join("\n", categories), perPerson, threshold, reports));
    }

    private void require(Place place, String action) {
        // Asked once for the request, when the tool was opened.
        if (!place.may(action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static void requireReader(Place place) {
        if (place.me() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private static IdeaRepository.Draft draft(IdeaForm f, IdeaSettings settings, List<Refused.Problem> problems) {
        String title = IdeaForm.text(f.title());
        String body = IdeaForm.text(f.body());
        String category = IdeaForm.text(f.category());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(new Refused.Problem("title", "ideas.title.invalid"));
        }
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            problems.add(new Refused.Problem("body", "ideas.body.invalid"));
        }
        var offered = settings.categoryList();
        if (!offered.isEmpty() ? !category.isEmpty() && !offered.contains(category) : category.length() > 100) {
            problems.add(new Refused.Problem("category", "ideas.category.invalid"));
        }
        BigDecimal lat = null;
        BigDecimal lon = null;
        String latText = IdeaForm.text(f.latitude());
        String lonText = IdeaForm.text(f.longitude());
        if (!latText.isEmpty() || !lonText.isEmpty()) {
            lat = org.cocrea.platform.MapPoints.parse(latText, 90).orElse(null);
            lon = org.cocrea.platform.MapPoints.parse(lonText, 180).orElse(null);
            if (lat == null) {
                problems.add(new Refused.Problem("latitude", "ideas.latitude.invalid"));
            }
            if (lon == null) {
                problems.add(new Refused.Problem("longitude", "ideas.longitude.invalid"));
            }
        }
        Long cost = null;
        String costText = IdeaForm.text(f.cost());
        if (!costText.isEmpty()) {
            cost = cents(costText).orElse(null);
            if (cost == null) {
                problems.add(new Refused.Problem("cost", "ideas.cost.invalid"));
            }
        }
        return new IdeaRepository.Draft(title, body, category.isEmpty() ? null : category, lat, lon, cost);
    }

    /** An accepted file: its safe name, its real type (from its bytes) and the bytes. */
    record Upload(String name, String type, byte[] bytes) {}

    private static List<Upload> uploads(List<MultipartFile> files, List<Refused.Problem> problems) {
        var chosen = (files == null ? List.<MultipartFile>of() : files)
                .stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (chosen.size() > Uploads.MAX_FILES) {
            problems.add(new Refused.Problem("files", "ideas.files.tooMany", Uploads.MAX_FILES));
            return List.of();
        }
        var uploads = new ArrayList<Upload>();
        for (MultipartFile file : chosen) {
            String name = Uploads.safeName(file.getOriginalFilename());
            if (file.getSize() > Uploads.MAX_BYTES) {
                problems.add(new Refused.Problem("files", "ideas.files.tooBig", name, 5));
                continue;
            }
            byte[] bytes;
            try {
                bytes = file.getBytes();
            } catch (IOException e) {
                problems.add(new Refused.Problem("files", "ideas.files.unreadable", name));
                continue;
            }
            var type = Uploads.sniff(bytes);
            if (type.isEmpty() || !Uploads.extensionMatches(name, type.get())) {
                problems.add(new Refused.Problem("files", "ideas.files.type", name));
                continue;
            }
            uploads.add(new Upload(name, type.get(), bytes));
        }
        return uploads;
    }

    /** A non-negative amount with at most two decimals, up to a thousand billion. */
    static Optional<Long> cents(String text) {
        try {
            var value = new BigDecimal(text.replace(',', '.'));
            if (value.signum() < 0
                    || value.scale() > 2
                    || value.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                return Optional.empty();
            }
            return Optional.of(
                    value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static int count(String text, int least, int most, String field, List<Refused.Problem> problems) {
        var n = number(text).filter(v -> v >= least && v <= most);
        if (n.isEmpty()) {
            problems.add(new Refused.Problem(field, "ideas.settings.number.invalid", least, most));
            return least;
        }
        return n.get().intValue();
    }

    static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(IdeaForm.text(text)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
