package org.cocrea.drafts;

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
import org.jsoup.Jsoup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A document's current version as a readable PDF (OpenPDF, built-in Helvetica, as {@code plans.export.PlanPdf}):
 * title, status and version, then each section's heading and paragraphs as plain text (the Markdown rendered
 * and sanitised, then read as text, so no markup reaches the file).
 */
@Component
class DraftPdf {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private final MessageSource messages;
    private final java.time.ZoneId zone;

    DraftPdf(MessageSource messages, CocreaSettings settings) {
        this.messages = messages;
        this.zone = settings.timeZone();
    }

    byte[] document(String initiative, org.cocrea.drafts.Document d, List<Item> items, Locale locale) {
        var out = new ByteArrayOutputStream();
        var doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(d.title(), TITLE));
        doc.add(new Paragraph(
                t(locale, "drafts.pdf.line", initiative, t(locale, "drafts.status." + d.status()), d.currentVersion()),
                BODY));
        Long section = null;
        for (Item item : items) {
            if (section == null || section != item.sectionId()) {
                section = item.sectionId();
                if (!item.section().isBlank()) {
                    var heading = new Paragraph(item.section(), HEADING);
                    heading.setSpacingBefore(10);
                    doc.add(heading);
                }
            }
            var p = new Paragraph(Jsoup.parse(item.html().html()).text(), BODY);
            p.setSpacingBefore(4);
            doc.add(p);
        }
        var footer = new Paragraph(
                t(locale, "drafts.pdf.generated", new Formats(locale, zone).dateTime(DraftRepository.now())), SMALL);
        footer.setAlignment(Element.ALIGN_RIGHT);
        doc.add(footer);
        doc.close();
        return out.toByteArray();
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
