package org.cocrea.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A survey's responses as CSV (one row per response, one column per question, option or matrix row) and as JSON,
 * written as the database returns the answers, response after response (a read-only transaction lets PostgreSQL send
 * them in batches of the repository's fetch size): only one response is ever held in memory, so 250,000 answers
 * stream within a small heap. Responses are numbered 1..n, without people; an anonymous survey's rows carry no date,
 * are withheld below five responses, and a textual question's texts are left out below five answers.
 */
@Component
class SurveyExport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A negative number is a number, not a formula: it is written as it is. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-\\d+(\\.\\d+)?");

    private final SurveyRepository surveys;

    SurveyExport(SurveyRepository surveys) {
        this.surveys = surveys;
    }

    /** A column: the item, the part (0 for the whole answer), and its heading. */
    record Column(long itemId, int part, String heading, boolean byOption) {}

    static List<Column> columns(List<Item> items, String other) {
        var columns = new ArrayList<Column>();
        for (Item item : items) {
            String q = item.text();
            switch (item.kind()) {
                case SECTION -> {}
                case MULTIPLE -> {
                    for (int o = 1; o <= item.options().size(); o++) {
                        columns.add(new Column(
                                item.id(), o, q + " – " + item.options().get(o - 1), false));
                    }
                    if (item.allowOther()) {
                        columns.add(new Column(item.id(), 0, q + " – " + other, false));
                    }
                }
                case MATRIX -> {
                    for (int r = 1; r <= item.rows().size(); r++) {
                        columns.add(
                                new Column(item.id(), r, q + " – " + item.rows().get(r - 1), true));
                    }
                }
                case RANKING -> {
                    for (int o = 1; o <= item.options().size(); o++) {
                        columns.add(new Column(
                                item.id(), o, q + " – " + item.options().get(o - 1), false));
                    }
                }
                case SINGLE -> columns.add(new Column(item.id(), 0, q, true));
                default -> columns.add(new Column(item.id(), 0, q, false));
            }
        }
        return columns;
    }

    /** The questions whose texts are left out: an anonymous survey's textual answers given by fewer than five. */
    private Set<Long> withheld(Survey survey, List<Item> items) {
        var out = new HashSet<Long>();
        if (!survey.anonymous()) {
            return out;
        }
        var answered = new HashMap<Long, Long>();
        surveys.answered(survey.instanceId()).forEach(a -> answered.put(a.itemId(), a.people()));
        for (Item item : items) {
            if ((item.kind().textual() || item.allowOther())
                    && answered.getOrDefault(item.id(), 0L) < Results.MIN_GROUP) {
                out.add(item.id());
            }
        }
        return out;
    }

    private boolean tooFew(Survey survey) {
        return survey.anonymous() && surveys.responses(survey.instanceId()) < Results.MIN_GROUP;
    }

    @Transactional(readOnly = true)
    void csv(Survey survey, String other, Writer out) {
        var items = surveys.items(survey.instanceId());
        var byId = new HashMap<Long, Item>();
        items.forEach(i -> byId.put(i.id(), i));
        var columns = columns(items, other);
        var index = new HashMap<String, Integer>();
        for (int k = 0; k < columns.size(); k++) {
            index.put(columns.get(k).itemId() + ":" + columns.get(k).part(), k);
        }
        var withheld = withheld(survey, items);
        try {
            out.write(cell("response"));
            if (!survey.anonymous()) {
                out.write("," + cell("submitted"));
            }
            for (Column c : columns) {
                out.write("," + cell(c.heading()));
            }
            out.write("\r\n");
            if (tooFew(survey)) {
                out.flush();
                return;
            }
            var row = new String[columns.size()];
            long[] current = {-1};
            String[] day = {""};
            int[] number = {0};
            surveys.eachAnswer(survey.instanceId(), rs -> {
                long response = rs.getLong(1);
                if (response != current[0]) {
                    if (current[0] >= 0) {
                        writeRow(out, ++number[0], day[0], survey.anonymous(), row);
                    }
                    current[0] = response;
                    day[0] = String.valueOf(rs.getObject(2, java.time.LocalDate.class));
                    java.util.Arrays.fill(row, "");
                }
                long itemId = rs.getLong(3);
                int part = rs.getInt(4);
                BigDecimal value = rs.getBigDecimal(5);
                String text = rs.getString(6);
                var item = byId.get(itemId);
                if (item == null) {
                    return;
                }
                Integer at = index.get(itemId + ":" + (item.kind() == QuestionKind.SINGLE ? 0 : part));
                if (at == null) {
                    return;
                }
                row[at] = value(item, part, value, withheld.contains(itemId) ? null : text);
            });
            if (current[0] >= 0) {
                writeRow(out, ++number[0], day[0], survey.anonymous(), row);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Writer out, int number, String day, boolean anonymous, String[] row) {
        try {
            out.write(cell(String.valueOf(number)));
            if (!anonymous) {
                out.write("," + cell(day));
            }
            for (String v : row) {
                out.write("," + cell(v));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell's words: a single choice's option (or its other text), a matrix row's level, a number, a text. */
    private static String value(Item item, int part, BigDecimal number, String text) {
        return switch (item.kind()) {
            case SINGLE -> number != null && number.intValue() > 0 ? item.label(number.intValue()) : nz(text);
            case MATRIX -> number == null ? "" : item.label(number.intValue());
            case MULTIPLE -> text != null ? text : "1";
            default -> number != null ? number.stripTrailingZeros().toPlainString() : nz(text);
        };
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    @Transactional(readOnly = true)
    void json(Survey survey, String initiative, Writer out) {
        var items = surveys.items(survey.instanceId());
        var withheld = withheld(survey, items);
        boolean tooFew = tooFew(survey);
        try (JsonGenerator g = JSON.createGenerator(new MarkupEscapes(out))) {
            g.writeStartObject();
            g.writeStringProperty("survey", survey.title());
            g.writeStringProperty("initiative", initiative);
            g.writeBooleanProperty("anonymous", survey.anonymous());
            g.writeBooleanProperty("withheld", tooFew);
            g.writeName("questions");
            g.writeStartArray();
            for (Item item : items) {
                if (item.section()) {
                    continue;
                }
                g.writeStartObject();
                g.writeNumberProperty("id", item.id());
                g.writeStringProperty("kind", item.kind().code());
                g.writeStringProperty("text", item.text());
                g.writeName("options");
                g.writeStartArray();
                for (String o : item.options()) {
                    g.writeString(o);
                }
                g.writeEndArray();
                g.writeName("rows");
                g.writeStartArray();
                for (String r : item.rows()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeName("responses");
            g.writeStartArray();
            if (!tooFew) {
                long[] current = {-1};
                int[] number = {0};
                surveys.eachAnswer(survey.instanceId(), rs -> {
                    long response = rs.getLong(1);
                    if (response != current[0]) {
                        if (current[0] >= 0) {
                            g.writeEndArray();
                            g.writeEndObject();
                        }
                        current[0] = response;
                        g.writeStartObject();
                        g.writeNumberProperty("response", ++number[0]);
                        if (!survey.anonymous()) {
                            g.writeStringProperty(
                                    "submitted", String.valueOf(rs.getObject(2, java.time.LocalDate.class)));
                        }
                        g.writeName("answers");
                        g.writeStartArray();
                    }
                    long itemId = rs.getLong(3);
                    g.writeStartObject();
                    g.writeNumberProperty("question", itemId);
                    g.writeNumberProperty("part", rs.getInt(4));
                    BigDecimal value = rs.getBigDecimal(5);
                    if (value != null) {
                        g.writeNumberProperty("value", value.stripTrailingZeros());
                    }
                    String text = rs.getString(6);
                    if (text != null && !withheld.contains(itemId)) {
                        g.writeStringProperty("text", text);
                    }
                    g.writeEndObject();
                });
                if (current[0] >= 0) {
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * Quoted, and a cell a spreadsheet would read as a formula (=, +, -, @, tab, return) starts with an apostrophe,
     * except a plain negative number.
     */
    static String cell(String text) {
        String safe = text == null ? "" : text;
        if (!safe.isEmpty()
                && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0
                && !NUMBER.matcher(safe).matches()) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    /**
     * Writes {@code <}, {@code >} and {@code &} as JSON escapes, as the updates' export does: they occur only inside
     * strings, so the file stays the same JSON and never reads as markup, whatever a browser does with it.
     */
    static final class MarkupEscapes extends java.io.FilterWriter {
        MarkupEscapes(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            switch (c) {
                case '<' -> out.write("\\u003c");
                case '>' -> out.write("\\u003e");
                case '&' -> out.write("\\u0026");
                default -> out.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(buffer[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                write(text.charAt(i));
            }
        }
    }
}
