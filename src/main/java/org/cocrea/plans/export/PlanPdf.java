package org.cocrea.plans.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.care.AuditDetail;
import org.cocrea.plans.plan.Goal;
import org.cocrea.plans.plan.GoalAttainment;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.plan.Signature;
import org.cocrea.plans.privacy.Erasure;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Readable PDFs with OpenPDF: one version of a plan with its signatures (person, role, time, version, SHA-256)
 * for the paper file, and all of a citizen's plan data. Text only, in the built-in Helvetica, so nothing is
 * fetched or embedded.
 */
@Component
class PlanPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.COURIER, 8);

    private final MessageSource messages;
    private final java.time.ZoneId zone;

    PlanPdf(MessageSource messages, CocreaSettings settings) {
        this.messages = messages;
        this.zone = settings.timeZone();
    }

    byte[] version(PlanExport.Printable p, Locale locale) {
        return render(doc -> {
            var v = p.version();
            var names = p.people();
            doc.add(new Paragraph(t(locale, "planprivacy.pdf.title") + " · " + names.initiativeTitle(), TITLE));
            doc.add(new Paragraph(
                    t(
                            locale,
                            "planprivacy.pdf.versionLine",
                            v.version(),
                            names.name(v.authorId()),
                            when(v.createdAt(), locale)),
                    BODY));
            erased(doc, names.erasure(), locale);
            sections(doc, v.content(), locale);
            doc.add(new Paragraph(t(locale, "planprivacy.pdf.hash", v.content().sha256()), SMALL));
            doc.add(new Paragraph(t(locale, "planprivacy.pdf.signatures"), HEADING));
            if (p.signatures().isEmpty()) {
                doc.add(new Paragraph(t(locale, "planprivacy.pdf.noSignatures"), BODY));
            }
            for (Signature s : p.signatures()) {
                doc.add(new Paragraph(
                        t(
                                locale,
                                "planprivacy.pdf.signature",
                                names.name(s.signerId()),
                                t(locale, "care.role." + s.role().code()),
                                when(s.signedAt(), locale),
                                s.version(),
                                s.sha256()),
                        BODY));
                doc.add(new Paragraph(
                        t(locale, s.stillMatches() ? "plans.signature.valid" : "plans.signature.broken"), SMALL));
            }
            generated(doc, locale);
        });
    }

    byte[] data(PlanData d, Locale locale) {
        return render(doc -> {
            doc.add(new Paragraph(t(locale, "planprivacy.pdf.data.title") + " · " + d.initiativeTitle(), TITLE));
            erased(doc, d.erasure(), locale);
            for (var v : d.versions()) {
                doc.add(new Paragraph(
                        t(
                                locale,
                                "planprivacy.pdf.versionLine",
                                v.version(),
                                d.name(v.authorId()),
                                when(v.createdAt(), locale)),
                        HEADING));
                sections(
                        doc,
                        new PlanContent(
                                v.objectives(),
                                v.services(),
                                v.providers(),
                                v.caseManager(),
                                v.resources(),
                                v.economic(),
                                v.evaluation(),
                                v.reviewDate()),
                        locale);
                doc.add(new Paragraph(t(locale, "planprivacy.pdf.hash", v.sha256()), SMALL));
                for (var s : d.signatures().stream()
                        .filter(s -> s.version() == v.version())
                        .toList()) {
                    doc.add(new Paragraph(
                            t(
                                    locale,
                                    "planprivacy.pdf.signature",
                                    d.name(s.signerId()),
                                    t(locale, "care.role." + s.role()),
                                    when(s.signedAt(), locale),
                                    s.version(),
                                    s.sha256()),
                            SMALL));
                }
            }
            doc.add(new Paragraph(t(locale, "planprivacy.pdf.goals"), HEADING));
            for (var g : d.goals()) {
                var last = g.scores().isEmpty()
                        ? "—"
                        : Goal.signed(g.scores().get(g.scores().size() - 1).level());
                doc.add(new Paragraph(t(locale, "planprivacy.pdf.goal", g.description(), g.weight(), last), BODY));
                if (g.importance() != null && g.difficulty() != null) {
                    doc.add(new Paragraph(
                            t(locale, "planprivacy.pdf.goal.weight", g.importance(), g.difficulty()), SMALL));
                }
                for (int i = 0; i < g.levels().size(); i++) {
                    doc.add(new Paragraph(
                            t(
                                    locale,
                                    "planprivacy.pdf.goal.level",
                                    Goal.signed(GoalAttainment.MIN_LEVEL + i),
                                    g.levels().get(i)),
                            SMALL));
                }
                for (int i = 0; i < g.scores().size(); i++) {
                    var s = g.scores().get(i);
                    doc.add(new Paragraph(
                            t(
                                    locale,
                                    i == 0 ? "planprivacy.pdf.goal.baseline" : "planprivacy.pdf.goal.followUp",
                                    Goal.signed(s.level()),
                                    String.valueOf(s.scoredOn()),
                                    d.name(s.scoredBy())),
                            SMALL));
                }
            }
            care(doc, d, locale);
            doc.add(new Paragraph(t(locale, "planprivacy.pdf.consents"), HEADING));
            for (var c : d.consents()) {
                doc.add(new Paragraph(
                        t(locale, "planprivacy.scope." + c.scope()) + ": " + d.name(c.proxyId()) + ", "
                                + when(c.givenAt(), locale) + " – "
                                + (c.withdrawnAt() == null ? "" : when(c.withdrawnAt(), locale)),
                        BODY));
            }
            doc.add(new Paragraph(t(locale, "planprivacy.emergencies"), HEADING));
            for (var e : d.emergencyAccesses()) {
                doc.add(new Paragraph(
                        d.name(e.adminId()) + ", " + when(e.startedAt(), locale) + " – " + when(e.expiresAt(), locale)
                                + ": " + e.reason(),
                        BODY));
            }
            doc.add(new Paragraph(t(locale, "planprivacy.pdf.audit"), HEADING));
            for (var e : d.accessLog()) {
                doc.add(new Paragraph(
                        when(e.accessedAt(), locale) + "  " + d.name(e.personId()) + "  " + toolName(e.tool(), locale)
                                + ": "
                                + t(locale, "plans.audit.action." + e.action())
                                + (e.detail() == null
                                        ? ""
                                        : " ("
                                                + AuditDetail.shown(
                                                        e.detail(),
                                                        formats(locale),
                                                        key -> messages.getMessage(key, null, null, locale))
                                                + ")")
                                + "  "
                                + (e.remoteAddress() == null ? "" : e.remoteAddress()),
                        SMALL));
            }
            generated(doc, locale);
        });
    }

    /** Needs and their orders, actions and diary, ladder readings and reviews, each under its tool's name. */
    private void care(Document doc, PlanData d, Locale locale) {
        var c = d.care();
        doc.add(new Paragraph(t(locale, "care.needs.name"), HEADING));
        for (var n : c.needs()) {
            doc.add(new Paragraph(t(locale, "care.domain." + n.domain()) + " · " + n.title(), BODY));
            line(doc, t(locale, "care.side.citizen"), n.citizenText());
            line(doc, t(locale, "care.side.professional"), n.professionalText());
        }
        for (var a : c.agreedOrders()) {
            doc.add(new Paragraph(
                    t(
                            locale,
                            "planprivacy.pdf.order",
                            d.name(a.personId()),
                            when(a.confirmedAt(), locale),
                            needs(c, a.order())),
                    SMALL));
        }
        doc.add(new Paragraph(t(locale, "care.actions.name"), HEADING));
        for (var a : c.actions()) {
            doc.add(new Paragraph(
                    a.title() + " · " + d.name(a.performerId()) + " · "
                            + (a.due() == null ? "—" : formats(locale).date(a.due())) + " · "
                            + t(locale, "care.status." + a.status()),
                    BODY));
        }
        doc.add(new Paragraph(t(locale, "care.diary.title"), HEADING));
        for (var e : c.diary()) {
            String spent = (e.minutes() == null ? "" : " · " + t(locale, "care.diary.minutesShown", e.minutes()))
                    + (e.amount() == null ? "" : " · " + formats(locale).money(e.amount(), e.unit()));
            doc.add(new Paragraph(
                    formats(locale).date(e.doneOn()) + " · " + d.name(e.authorId()) + spent + ": " + e.what(), BODY));
            if (e.how() != null && !e.how().isEmpty()) {
                line(doc, t(locale, "care.diary.howShown"), e.how());
            }
        }
        doc.add(new Paragraph(t(locale, "care.ladder.name"), HEADING));
        for (var r : c.ladderReadings()) {
            var scores = new StringBuilder();
            for (var area : c.ladderAreas()) {
                Integer score = r.scores().get(area.id());
                scores.append(area.name())
                        .append(' ')
                        .append(score == null ? "—" : score)
                        .append("; ");
            }
            doc.add(new Paragraph(r.readOn() + " · " + d.name(r.scoredBy()) + ": " + scores, BODY));
        }
        doc.add(new Paragraph(t(locale, "care.review.name"), HEADING));
        for (var r : c.reviews()) {
            doc.add(new Paragraph(t(locale, "care.review.cycle", r.cycle(), r.heldOn()), BODY));
            line(doc, t(locale, "care.review.summary.label"), r.summary());
            line(doc, t(locale, "care.review.decisions.label"), r.decisions());
        }
    }

    private String toolName(String tool, Locale locale) {
        return t(locale, PlanTool.ID.equals(tool) ? "plans.name" : "care." + tool + ".name");
    }

    private static String needs(PlanData.CareData c, java.util.List<Long> order) {
        var titles = new StringBuilder();
        for (long id : order) {
            c.needs().stream()
                    .filter(n -> n.id() == id)
                    .findFirst()
                    .ifPresent(n -> titles.append(titles.isEmpty() ? "" : " > ").append(n.title()));
        }
        return titles.toString();
    }

    private static void line(Document doc, String label, String text) {
        doc.add(new Paragraph(label + " " + (text == null || text.isEmpty() ? "—" : text), BODY));
    }

    private void sections(Document doc, PlanContent content, Locale locale) {
        for (String section : PlanContent.SECTIONS) {
            doc.add(new Paragraph(t(locale, "plans.section." + section), HEADING));
            doc.add(new Paragraph(content.text(section).isEmpty() ? "—" : content.text(section), BODY));
        }
        doc.add(new Paragraph(t(locale, "plans.section.reviewDate"), HEADING));
        doc.add(new Paragraph(
                content.reviewDate() == null ? "—" : formats(locale).date(content.reviewDate()), BODY));
    }

    private void erased(Document doc, Erasure erasure, Locale locale) {
        if (erasure != null) {
            doc.add(new Paragraph(
                    t(locale, "planprivacy.erased", when(erasure.erasedAt(), locale), erasure.upToVersion()) + " "
                            + t(locale, "planprivacy.erased.signatures"),
                    BODY));
        }
    }

    private void generated(Document doc, Locale locale) {
        var footer = new Paragraph(t(locale, "planprivacy.pdf.generated", when(PlanRepository.now(), locale)), SMALL);
        footer.setAlignment(Element.ALIGN_RIGHT);
        doc.add(footer);
    }

    private interface Body {
        void write(Document doc);
    }

    private static byte[] render(Body body) {
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        body.write(doc);
        doc.close();
        return out.toByteArray();
    }

    /** A moment in the reader's language and the organisation's time zone (the PDF is read by people). */
    private String when(java.time.OffsetDateTime at, Locale locale) {
        return formats(locale).dateTime(at);
    }

    private Formats formats(Locale locale) {
        return new Formats(locale, zone);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
