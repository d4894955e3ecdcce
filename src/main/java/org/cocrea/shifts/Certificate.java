package org.cocrea.shifts;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Formats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A certificate of volunteering hours as PDF (OpenPDF, built-in Helvetica, as {@code drafts.DraftPdf}): the
 * organisations the work was done for, the person's name, their attended shifts grouped by activity with the hours
 * the coordinators recorded, the total, and the date of issue, in the reader's language and the organisation's
 * time zone.
 */
@Component
class Certificate {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private final MessageSource messages;
    private final ZoneId zone;

    Certificate(MessageSource messages, CocreaSettings settings) {
        this.messages = messages;
        this.zone = settings.timeZone();
    }

    /** Total hours of the attended shifts. */
    static BigDecimal total(List<MyShift> attended) {
        return attended.stream()
                .map(s -> s.hours() == null ? BigDecimal.ZERO : s.hours())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    byte[] pdf(String person, List<MyShift> attended, Locale locale) {
        var formats = new Formats(locale, zone);
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t(locale, "shifts.certificate.title"));
        doc.open();
        var organisations = new LinkedHashSet<String>();
        attended.forEach(s -> organisations.add(s.organisationName()));
        var issuer = new Paragraph(String.join(" · ", organisations), HEADING);
        doc.add(issuer);
        var title = new Paragraph(t(locale, "shifts.certificate.title"), TITLE);
        title.setSpacingBefore(12);
        doc.add(title);
        var intro = new Paragraph(
                t(locale, "shifts.certificate.intro", person, formats.number(total(attended)), attended.size()), BODY);
        intro.setSpacingBefore(8);
        intro.setSpacingAfter(8);
        doc.add(intro);
        var byActivity = new LinkedHashMap<Long, List<MyShift>>();
        attended.forEach(s -> byActivity
                .computeIfAbsent(s.activityId(), k -> new java.util.ArrayList<>())
                .add(s));
        for (var shifts : byActivity.values()) {
            var first = shifts.get(0);
            var heading = new Paragraph(first.activityTitle() + " · " + first.initiativeTitle(), HEADING);
            heading.setSpacingBefore(10);
            doc.add(heading);
            var table = new PdfPTable(new float[] {3, 3, 1});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            header(table, t(locale, "shifts.certificate.when"));
            header(table, t(locale, "shifts.certificate.place"));
            header(table, t(locale, "shifts.certificate.hours"));
            for (var s : shifts) {
                table.addCell(new Phrase(formats.dateTime(s.startsAt()), BODY));
                table.addCell(new Phrase(s.place(), BODY));
                table.addCell(new Phrase(formats.number(s.hours() == null ? BigDecimal.ZERO : s.hours()), BODY));
            }
            var label = new PdfPCell(new Phrase(t(locale, "shifts.certificate.subtotal"), BOLD));
            label.setColspan(2);
            table.addCell(label);
            table.addCell(new Phrase(formats.number(total(shifts)), BOLD));
            doc.add(table);
        }
        if (attended.isEmpty()) {
            doc.add(new Paragraph(t(locale, "shifts.certificate.none"), BODY));
        }
        var footer = new Paragraph(
                t(locale, "shifts.certificate.issued", formats.date(java.time.LocalDate.now(zone))), SMALL);
        footer.setSpacingBefore(16);
        footer.setAlignment(Element.ALIGN_RIGHT);
        doc.add(footer);
        doc.close();
        return out.toByteArray();
    }

    private static void header(PdfPTable table, String text) {
        table.addCell(new PdfPCell(new Phrase(text, BOLD)));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
