package org.cocrea.evidence.population;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.cocrea.platform.Refused;

/**
 * Reads and writes population margins as CSV: {@code dimension,band,value} a line (a first line naming the columns
 * is skipped), the value a count of people ({@code 12034}) or a share in percent ({@code 12.5%} or {@code 12,5%}).
 * Every bad line is refused with its number, and nothing is kept unless every line is right: an unknown dimension,
 * a negative or unreadable value, a band given twice, counts and shares mixed in one dimension, an age band that
 * is not a range, overlapping age bands, an unknown gender, a cell a spreadsheet would read as a formula, text that
 * is not UTF-8, more than {@link #MAX_LINES} lines or {@link #MAX_BYTES} bytes.
 */
final class MarginsCsv {
    static final String FIELD = "file";
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_LINES = 500;
    static final int MAX_BAND = 80;
    static final int MAX_PROBLEMS = 10;
    static final BigDecimal MAX_COUNT = new BigDecimal("1000000000");
    private static final Pattern COUNT = Pattern.compile("\\d{1,10}");
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,4})?)\\s*%");
    private static final Pattern NEGATIVE = Pattern.compile("-\\s*\\d+(?:[.,]\\d+)?\\s*%?");
    private static final Map<String, String> GENDERS = Map.ofEntries(
            Map.entry("female", "female"),
            Map.entry("f", "female"),
            Map.entry("women", "female"),
            Map.entry("femmine", "female"),
            Map.entry("donne", "female"),
            Map.entry("male", "male"),
            Map.entry("m", "male"),
            Map.entry("men", "male"),
            Map.entry("maschi", "male"),
            Map.entry("uomini", "male"),
            Map.entry("other", "other"),
            Map.entry("altro", "other"),
            Map.entry("altri", "other"));

    private MarginsCsv() {}

    /** The margins the file gives, in its order; {@link Refused} naming each bad line (at most ten) otherwise. */
    static List<Margin> parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new Refused(FIELD, "population.upload.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refused(FIELD, "population.upload.tooLarge", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Refused(FIELD, "population.upload.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new Refused(FIELD, "population.upload.encoding");
        }
        List<CSVRecord> records;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            var format = CSVFormat.RFC4180
                    .builder()
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .setMaxRows(MAX_LINES + 2)
                    .get();
            records = format.parse(reader).getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new Refused(FIELD, "population.upload.unreadable");
        }
        var problems = new ArrayList<Refused.Problem>();
        var margins = new ArrayList<Margin>();
        var seen = new HashSet<String>();
        var shares = new EnumMap<Dimension, Boolean>(Dimension.class);
        var ages = new ArrayList<Ages.Range>();
        var ageLines = new ArrayList<Long>();
        int rows = 0;
        for (var record : records) {
            long line = record.getRecordNumber();
            if (line == 1 && record.size() > 0 && isHeader(record.get(0))) {
                continue;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (++rows > MAX_LINES) {
                problems.add(new Refused.Problem(FIELD, "population.upload.tooMany", MAX_LINES));
                break;
            }
            if (record.size() != 3) {
                problems.add(new Refused.Problem(FIELD, "population.upload.columns", line));
                continue;
            }
            String dimensionText = record.get(0);
            String band = record.get(1);
            String value = record.get(2);
            if (formula(dimensionText)
                    || formula(band)
                    || (formula(value) && !NEGATIVE.matcher(value).matches())) {
                problems.add(new Refused.Problem(FIELD, "population.upload.formula", line));
                continue;
            }
            var dimension = Dimension.named(dimensionText);
            if (dimension.isEmpty()) {
                problems.add(new Refused.Problem(FIELD, "population.upload.dimension", line, shorten(dimensionText)));
                continue;
            }
            if (band.isBlank() || band.length() > MAX_BAND || band.chars().anyMatch(Character::isISOControl)) {
                problems.add(new Refused.Problem(FIELD, "population.upload.band", line, MAX_BAND));
                continue;
            }
            switch (dimension.get()) {
                case AGE -> {
                    var range = Ages.parse(band);
                    if (range == null) {
                        problems.add(new Refused.Problem(FIELD, "population.upload.age", line, shorten(band)));
                        continue;
                    }
                    band = Ages.normal(range);
                }
                case GENDER -> {
                    String code = GENDERS.get(band.toLowerCase(Locale.ROOT));
                    if (code == null) {
                        problems.add(new Refused.Problem(FIELD, "population.upload.gender", line, shorten(band)));
                        continue;
                    }
                    band = code;
                }
                case DISTRICT -> band = band.replaceAll("\\s+", " ");
            }
            BigDecimal amount;
            boolean share;
            if (NEGATIVE.matcher(value).matches()) {
                problems.add(new Refused.Problem(FIELD, "population.upload.negative", line));
                continue;
            }
            var s = SHARE.matcher(value);
            if (COUNT.matcher(value).matches() && new BigDecimal(value).compareTo(MAX_COUNT) <= 0) {
                amount = new BigDecimal(value);
                share = false;
            } else if (s.matches()
                    && new BigDecimal(s.group(1).replace(',', '.')).compareTo(BigDecimal.valueOf(100)) <= 0) {
                amount = new BigDecimal(s.group(1).replace(',', '.'));
                share = true;
            } else {
                problems.add(new Refused.Problem(FIELD, "population.upload.value", line, shorten(value)));
                continue;
            }
            if (!seen.add(dimension.get().code() + "\n" + band.toLowerCase(Locale.ROOT))) {
                problems.add(new Refused.Problem(FIELD, "population.upload.duplicate", line, shorten(band)));
                continue;
            }
            Boolean before = shares.putIfAbsent(dimension.get(), share);
            if (before != null && before != share) {
                problems.add(new Refused.Problem(FIELD, "population.upload.mixed", line));
                continue;
            }
            margins.add(new Margin(dimension.get(), band, amount, share));
            if (dimension.get() == Dimension.AGE) {
                ages.add(Ages.parse(band));
                ageLines.add(line);
            }
        }
        for (int i = 0; i < ages.size(); i++) {
            for (int j = 0; j < i; j++) {
                var a = ages.get(i);
                var b = ages.get(j);
                if (a.from() <= b.to() && b.from() <= a.to()) {
                    problems.add(new Refused.Problem(FIELD, "population.upload.overlap", ageLines.get(i)));
                }
            }
        }
        if (problems.isEmpty()) {
            for (var d : Dimension.values()) {
                var total = margins.stream()
                        .filter(m -> m.dimension() == d)
                        .map(Margin::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (shares.containsKey(d) && total.signum() == 0) {
                    problems.add(new Refused.Problem(FIELD, "population.upload.zero", d.code()));
                }
            }
        }
        if (problems.isEmpty() && margins.isEmpty()) {
            problems.add(new Refused.Problem(FIELD, "population.upload.empty"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
        }
        return List.copyOf(margins);
    }

    private static boolean isHeader(String first) {
        String t = first.strip().toLowerCase(Locale.ROOT);
        return t.equals("dimension") || t.equals("dimensione");
    }

    /** A cell a spreadsheet would read as a formula: =, +, -, @, tab or carriage return first. */
    static boolean formula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    private static String shorten(String text) {
        String t = text.replaceAll("\\p{Cntrl}", " ");
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }

    /** The margins as the upload reads them, each cell quoted; a band a spreadsheet would take as a formula cannot be stored. */
    static String write(List<Margin> margins) {
        var out = new StringWriter();
        var format = CSVFormat.RFC4180
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setHeader("dimension", "band", "value")
                .get();
        try (var csv = new CSVPrinter(out, format)) {
            for (var m : margins) {
                String value = m.amount().stripTrailingZeros().toPlainString() + (m.share() ? "%" : "");
                csv.printRecord(m.dimension().code(), m.band(), value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Set<String> genders() {
        return Set.copyOf(GENDERS.values());
    }
}
