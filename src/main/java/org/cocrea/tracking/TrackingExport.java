package org.cocrea.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data exports of tracked results, as CSV (RFC 4180, every cell quoted, a cell a spreadsheet would read as a
 * formula prefixed with an apostrophe, as the vote's export does) and as JSON, each written row by row as the
 * database returns them (a read-only transaction lets PostgreSQL send them in batches), so nothing of the whole list
 * is held in memory. Amounts are euros with a point and two decimals, dates ISO 8601 in UTC: data for programs.
 */
@Component
class TrackingExport {
    static final String[] COLUMNS = {
        "id",
        "initiative_id",
        "initiative",
        "title",
        "status",
        "progress_percent",
        "budget_eur",
        "spent_eur",
        "cancel_reason",
        "source",
        "source_id",
        "updated_at"
    };
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final TrackingRepository results;

    TrackingExport(TrackingRepository results) {
        this.results = results;
    }

    /** Where each instance belongs: its initiative's id and title. */
    record Owner(long initiativeId, String title) {}

    @Transactional(readOnly = true)
    void csv(Collection<Long> instances, Map<Long, Owner> owners, ResultStatus status, Writer out) {
        try {
            CSVPrinter csv = CSVFormat.DEFAULT
                    .builder()
                    .setQuoteMode(QuoteMode.ALL)
                    .setRecordSeparator("\r\n")
                    .get()
                    .print(out);
            csv.printRecord((Object[]) COLUMNS);
            results.each(instances, status, rs -> {
                var r = TrackingRepository.result(rs, 0);
                var owner = owners.get(r.toolInstanceId());
                try {
                    csv.printRecord(
                            r.id(),
                            owner.initiativeId(),
                            cell(owner.title()),
                            cell(r.title()),
                            r.status().code(),
                            r.progress(),
                            amount(r.budgetCents()),
                            amount(r.spentCents()),
                            cell(r.cancelReason() == null ? "" : r.cancelReason()),
                            r.sourceKind() == null ? "manual" : r.sourceKind(),
                            r.sourceId() == null ? "" : r.sourceId(),
                            r.updatedAt().toInstant().toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    void json(String name, Collection<Long> instances, Map<Long, Owner> owners, ResultStatus status, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("name");
            g.writeString(name);
            g.writeName("results");
            g.writeStartArray();
            results.each(instances, status, rs -> write(g, rs, owners));
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void write(JsonGenerator g, ResultSet rs, Map<Long, Owner> owners) throws SQLException {
        var r = TrackingRepository.result(rs, 0);
        var owner = owners.get(r.toolInstanceId());
        g.writeStartObject();
        g.writeName("id");
        g.writeNumber(r.id());
        g.writeName("initiativeId");
        g.writeNumber(owner.initiativeId());
        g.writeName("initiative");
        g.writeString(owner.title());
        g.writeName("title");
        g.writeString(r.title());
        g.writeName("description");
        g.writeString(r.description());
        g.writeName("status");
        g.writeString(r.status().code());
        g.writeName("progressPercent");
        g.writeNumber(r.progress());
        g.writeName("budgetEur");
        if (r.budgetCents() == null) {
            g.writeNull();
        } else {
            g.writeNumber(BigDecimal.valueOf(r.budgetCents(), 2));
        }
        g.writeName("spentEur");
        g.writeNumber(BigDecimal.valueOf(r.spentCents(), 2));
        g.writeName("cancelReason");
        if (r.cancelReason() == null) {
            g.writeNull();
        } else {
            g.writeString(r.cancelReason());
        }
        g.writeName("source");
        g.writeString(r.sourceKind() == null ? "manual" : r.sourceKind());
        g.writeName("sourceId");
        if (r.sourceId() == null) {
            g.writeNull();
        } else {
            g.writeNumber(r.sourceId());
        }
        g.writeName("updatedAt");
        g.writeString(r.updatedAt().toInstant().toString());
        g.writeEndObject();
    }

    private static String amount(Long cents) {
        return cents == null ? "" : BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** A text cell a spreadsheet would read as a formula gets an apostrophe in front, as the vote's CSV does. */
    static String cell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
