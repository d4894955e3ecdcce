package org.cocrea.pacts;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The pact as a PDF (OpenPDF, built-in Helvetica, as {@code drafts.DraftPdf}): every part in the order of the
 * regulation, the parties, the state with the approvals, the hash of the current text, each signature with the hash
 * it signed and whether it still matches, and the reports' dates and hours. Texts are written as plain text.
 */
@Component
class PactPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font MONO = FontFactory.getFont(FontFactory.COURIER, 8);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private final MessageSource messages;
    private final java.time.ZoneId zone;

    PactPdf(MessageSource messages, CocreaSettings settings) {
        this.messages = messages;
        this.zone = settings.timeZone();
    }

    byte[] document(
            String initiative,
            Pact p,
            List<Party> parties,
            List<PactSignature> signatures,
            List<Report> reports,
            boolean named,
            Locale locale) {
        var f = new Formats(locale, zone);
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(p.title(), TITLE));
        doc.add(new Paragraph(
                t(
                        locale,
                        "pacts.pdf.line",
                        initiative,
                        t(locale, "pacts.state." + p.state()),
                        t(locale, p.complex() ? "pacts.complex.yes" : "pacts.complex.no")),
                BODY));
        heading(doc, t(locale, "pacts.parties"));
        for (Party x : parties) {
            String name = shown(x, named, locale);
            String who =
                    x.bodyName() == null ? name : t(locale, "pacts.party." + x.role() + ".line", x.bodyName(), name);
            doc.add(new Paragraph("• " + t(locale, "pacts.role." + x.role()) + ": " + who, BODY));
        }
        part(
                doc,
                t(locale, "pacts.good"),
                t(locale, "pacts.good." + p.goodKind()) + "\n" + p.goodDescription() + "\n"
                        + t(locale, "pacts.geometry." + p.geometryKind()) + " " + p.geometry());
        part(doc, t(locale, "pacts.objectives"), p.objectives());
        part(doc, t(locale, "pacts.actions"), p.actions());
        part(
                doc,
                t(locale, "pacts.duration"),
                t(locale, "pacts.duration.line", f.date(p.startsOn()), f.date(p.endsOn()))
                        + (p.renewal().isEmpty() ? "" : "\n" + p.renewal()));
        var provides = new StringBuilder();
        for (String x : p.provides()) {
            provides.append("• ").append(t(locale, "pacts.provides." + x)).append('\n');
        }
        if (p.provides().isEmpty()) {
            provides.append(t(locale, "pacts.provides.none")).append('\n');
        }
        part(doc, t(locale, "pacts.provides"), provides + p.providesText());
        part(doc, t(locale, "pacts.reporting"), t(locale, "pacts.reporting.line", p.reportEveryMonths()));
        part(doc, t(locale, "pacts.safety"), p.safety());
        part(doc, t(locale, "pacts.suspension"), p.suspension());
        if (p.officeApprovedAt() != null) {
            part(
                    doc,
                    t(locale, "pacts.approval"),
                    t(
                                    locale,
                                    "pacts.approval.office",
                                    f.date(p.officeApprovedAt()
                                            .atZoneSameInstant(zone)
                                            .toLocalDate()))
                            + (p.actNumber() == null
                                    ? ""
                                    : "\n" + t(locale, "pacts.approval.act", p.actNumber(), f.date(p.actDate()))));
        }
        heading(doc, t(locale, "pacts.signatures"));
        doc.add(new Paragraph(t(locale, "pacts.hash.current"), BODY));
        doc.add(new Paragraph(p.textSha256(), MONO));
        if (signatures.isEmpty()) {
            doc.add(new Paragraph(t(locale, "pacts.signatures.none"), BODY));
        }
        for (PactSignature s : signatures) {
            String name = parties.stream()
                    .filter(x -> x.personId() == s.personId())
                    .map(x -> shown(x, named, locale))
                    .findFirst()
                    .orElse(t(locale, "pacts.formerParty"));
            doc.add(new Paragraph(
                    t(
                            locale,
                            s.stillMatches() ? "pacts.signature.matches" : "pacts.signature.broken",
                            name,
                            f.dateTime(s.signedAt())),
                    BODY));
            doc.add(new Paragraph(s.contentSha256(), MONO));
        }
        if (!reports.isEmpty()) {
            heading(doc, t(locale, "pacts.reports"));
            for (Report r : reports) {
                doc.add(new Paragraph(
                        t(locale, "pacts.report.pdf", f.date(r.doneOn()), f.decimal(r.hours(), 2)), BODY));
            }
        }
        var footer = new Paragraph(t(locale, "pacts.pdf.generated", f.dateTime(PactService.now())), SMALL);
        footer.setAlignment(Element.ALIGN_RIGHT);
        doc.add(footer);
        doc.close();
        return out.toByteArray();
    }

    /** As on the page: residents' and representatives' names only for readers with a role in the initiative. */
    private String shown(Party x, boolean named, Locale locale) {
        return named || x.role().equals(Party.OFFICE) ? x.personName() : t(locale, "pacts.hiddenName");
    }

    private static void heading(Document doc, String text) {
        var h = new Paragraph(text, HEADING);
        h.setSpacingBefore(10);
        doc.add(h);
    }

    private static void part(Document doc, String heading, String text) {
        heading(doc, heading);
        doc.add(new Paragraph(text, BODY));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
