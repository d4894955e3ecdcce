package org.cocrea.opinions.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes a Polis export folder: {@code comments.csv} (the statements), {@code participants-votes.csv}
 * (one row per participant: id, the published {@code group-id}, counts, then one column per statement holding -1,
 * 0, 1 or nothing) and {@code votes.csv} when present (every vote in order; a later vote on the same statement
 * replaces the earlier one). When {@code votes.csv} is there the votes come from it, otherwise from the matrix.
 * Anything malformed throws one {@link MalformedExportException} naming the file and the line.
 */
public final class PolisExport {
    public static final String COMMENTS = "comments.csv";
    public static final String PARTICIPANTS_VOTES = "participants-votes.csv";
    public static final String VOTES = "votes.csv";

    private static final Set<String> PARTICIPANT_COLUMNS =
            Set.of("participant", "xid", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree");

    private PolisExport() {}

    /**
     * One statement of the export.
     *
     * @param moderated Polis' moderation: 1 accepted, 0 not yet moderated, -1 moderated out (left out of the analysis)
     */
    public record Statement(String id, String author, String text, int moderated) {
        public boolean moderatedOut() {
            return moderated < 0;
        }
    }

    /**
     * A whole export: the votes as a {@link Conversation} (its statements in the order of {@code statements}), the
     * statements with their text, and the group Polis published for each participant that has one.
     */
    public record Export(Conversation conversation, List<Statement> statements, Map<String, Integer> publishedGroups) {

        /** The indexes of the statements moderated out (to pass to {@link Analysis#analyse}). */
        public java.util.Set<Integer> moderatedOut() {
            java.util.Set<Integer> out = new java.util.TreeSet<>();
            for (int s = 0; s < statements.size(); s++) {
                if (statements.get(s).moderatedOut()) {
                    out.add(s);
                }
            }
            return out;
        }

        /** The conversation without the statements moderated out. */
        public Conversation analysed() {
            return Conversations.withoutStatements(
                    conversation, i -> statements.get(i).moderatedOut());
        }
    }

    /** Reads the export in {@code dir}; {@code votes.csv} is optional. */
    public static Export read(Path dir) {
        try (Reader comments = open(dir, COMMENTS);
                Reader participants = open(dir, PARTICIPANTS_VOTES);
                Reader votes = Files.exists(dir.resolve(VOTES)) ? open(dir, VOTES) : null) {
            return read(comments, participants, votes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(Path dir, String file) throws IOException {
        try {
            return Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new MalformedExportException(file, 0, "the file is missing from " + dir);
        }
    }

    /** Reads an export from its files' contents (e.g. uploaded); {@code votes} may be null. */
    public static Export read(Reader comments, Reader participantsVotes, Reader votes) {
        List<Statement> statements = new ArrayList<>();
        Map<String, Integer> statementIndex = new HashMap<>();
        readComments(comments, statements, statementIndex);

        List<String> participants = new ArrayList<>();
        Map<String, Integer> participantIndex = new HashMap<>();
        Map<String, Integer> groups = new LinkedHashMap<>();
        VoteList list = new VoteList();
        readMatrix(participantsVotes, statements, statementIndex, participants, participantIndex, groups, list);
        if (votes != null) {
            list = readVotes(votes, statementIndex, participants, participantIndex);
        }
        List<String> statementIds = statements.stream().map(Statement::id).toList();
        Conversation conversation = list.toConversation(List.copyOf(participants), statementIds);
        return new Export(conversation, List.copyOf(statements), Map.copyOf(groups));
    }

    private static void readComments(Reader reader, List<Statement> statements, Map<String, Integer> statementIndex) {
        try (Table table = new Table(COMMENTS, reader, List.of("comment-id", "comment-body"))) {
            for (CSVRecord row : table) {
                String id = row.get("comment-id").strip();
                if (id.isEmpty()) {
                    throw table.problem("the comment-id is empty");
                }
                if (statementIndex.putIfAbsent(id, statements.size()) != null) {
                    throw table.problem("comment " + id + " appears twice");
                }
                int moderated = 0;
                String mod = table.optional(row, "moderated").strip();
                if (!mod.isEmpty()) {
                    moderated = switch (mod) {
                        case "-1" -> -1;
                        case "0" -> 0;
                        case "1" -> 1;
                        default -> throw table.problem("moderated is '" + mod + "', not -1, 0 or 1");
                    };
                }
                statements.add(new Statement(id, table.optional(row, "author-id"), row.get("comment-body"), moderated));
            }
        }
    }

    private static void readMatrix(
            Reader reader,
            List<Statement> statements,
            Map<String, Integer> statementIndex,
            List<String> participants,
            Map<String, Integer> participantIndex,
            Map<String, Integer> groups,
            VoteList votes) {
        try (Table table = new Table(PARTICIPANTS_VOTES, reader, List.of("participant"))) {
            List<String> header = table.header();
            int[] columnStatement = new int[header.size()];
            for (int c = 0; c < header.size(); c++) {
                String name = header.get(c).strip();
                if (PARTICIPANT_COLUMNS.contains(name)) {
                    columnStatement[c] = -1;
                    continue;
                }
                Integer s = statementIndex.get(name);
                if (s == null) {
                    // A statement with votes but missing from comments.csv: keep it, without text.
                    s = statements.size();
                    statementIndex.put(name, s);
                    statements.add(new Statement(name, "", "", 0));
                }
                columnStatement[c] = s;
            }
            boolean hasGroup = header.contains("group-id");
            for (CSVRecord row : table) {
                String id = row.get("participant").strip();
                if (id.isEmpty()) {
                    throw table.problem("the participant is empty");
                }
                if (participantIndex.putIfAbsent(id, participants.size()) != null) {
                    throw table.problem("participant " + id + " appears twice");
                }
                int p = participants.size();
                participants.add(id);
                if (hasGroup) {
                    String group = row.get("group-id").strip();
                    if (!group.isEmpty()) {
                        try {
                            groups.put(id, Integer.parseInt(group));
                        } catch (NumberFormatException e) {
                            throw table.problem("group-id '" + group + "' is not a whole number");
                        }
                    }
                }
                for (int c = 0; c < columnStatement.length; c++) {
                    if (columnStatement[c] >= 0) {
                        String cell = row.get(c);
                        if (!cell.isEmpty()) {
                            votes.add(p, columnStatement[c], table.vote(cell, header.get(c)));
                        }
                    }
                }
            }
        }
    }

    private static VoteList readVotes(
            Reader reader, Map<String, Integer> statementIndex, List<String> participants, Map<String, Integer> index) {
        VoteList votes = new VoteList();
        Map<Long, Integer> latest = new HashMap<>();
        List<Long> times = new ArrayList<>();
        try (Table table = new Table(VOTES, reader, List.of("comment-id", "voter-id", "vote"))) {
            boolean timed = table.header().contains("timestamp");
            for (CSVRecord row : table) {
                String voter = row.get("voter-id").strip();
                if (voter.isEmpty()) {
                    throw table.problem("the voter-id is empty");
                }
                Integer s = statementIndex.get(row.get("comment-id").strip());
                if (s == null) {
                    throw table.problem("comment " + row.get("comment-id") + " is not in " + COMMENTS);
                }
                String cell = row.get("vote");
                if (cell.isEmpty()) {
                    continue;
                }
                byte value = table.vote(cell, "vote");
                long time = Long.MIN_VALUE;
                if (timed && !row.get("timestamp").isBlank()) {
                    try {
                        time = Long.parseLong(row.get("timestamp").strip());
                    } catch (NumberFormatException e) {
                        throw table.problem("timestamp '" + row.get("timestamp") + "' is not a number");
                    }
                }
                int p = index.computeIfAbsent(voter, v -> {
                    participants.add(v);
                    return participants.size() - 1;
                });
                long key = (long) p * Integer.MAX_VALUE + s;
                Integer earlier = latest.get(key);
                if (earlier == null) {
                    latest.put(key, votes.size());
                    votes.add(p, s, value);
                    times.add(time);
                } else if (time >= times.get(earlier)) {
                    votes.value[earlier] = value;
                    times.set(earlier, time);
                }
            }
        }
        if (!times.isEmpty() && times.stream().allMatch(t -> t != Long.MIN_VALUE)) {
            votes.time = times.stream().mapToLong(Long::longValue).toArray();
        }
        return votes;
    }

    /** Writes {@code export} into {@code dir} as comments.csv, participants-votes.csv and votes.csv. */
    public static void write(Export export, Path dir) {
        try {
            Files.createDirectories(dir);
            try (Writer comments = Files.newBufferedWriter(dir.resolve(COMMENTS), StandardCharsets.UTF_8);
                    Writer participants =
                            Files.newBufferedWriter(dir.resolve(PARTICIPANTS_VOTES), StandardCharsets.UTF_8);
                    Writer votes = Files.newBufferedWriter(dir.resolve(VOTES), StandardCharsets.UTF_8)) {
                write(export, comments, participants, votes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code export} in Polis' layout to the three writers (not closed). */
    public static void write(Export export, Writer comments, Writer participantsVotes, Writer votes) {
        Conversation c = export.conversation();
        int n = c.participants().size();
        int m = c.statements().size();
        int[] agrees = new int[m];
        int[] disagrees = new int[m];
        byte[][] matrix = new byte[n][];
        for (int i = 0; i < c.value().length; i++) {
            if (matrix[c.participant()[i]] == null) {
                matrix[c.participant()[i]] = new byte[m];
                java.util.Arrays.fill(matrix[c.participant()[i]], Byte.MIN_VALUE);
            }
            matrix[c.participant()[i]][c.statement()[i]] = c.value()[i];
            if (c.value()[i] > 0) {
                agrees[c.statement()[i]]++;
            } else if (c.value()[i] < 0) {
                disagrees[c.statement()[i]]++;
            }
        }
        Map<String, Integer> authored = new HashMap<>();
        try {
            CSVPrinter out = CSVFormat.DEFAULT.print(comments);
            out.printRecord(
                    "timestamp",
                    "datetime",
                    "comment-id",
                    "author-id",
                    "agrees",
                    "disagrees",
                    "moderated",
                    "comment-body");
            for (int s = 0; s < m; s++) {
                Statement st = export.statements().get(s);
                authored.merge(st.author(), 1, Integer::sum);
                out.printRecord(0, "", st.id(), st.author(), agrees[s], disagrees[s], st.moderated(), st.text());
            }
            out.flush();

            out = CSVFormat.DEFAULT.print(participantsVotes);
            List<String> header = new ArrayList<>(
                    List.of("participant", "group-id", "n-comments", "n-votes", "n-agree", "n-disagree"));
            header.addAll(c.statements());
            out.printRecord(header);
            List<String> row = new ArrayList<>(header.size());
            for (int p = 0; p < n; p++) {
                row.clear();
                String id = c.participants().get(p);
                Integer group = export.publishedGroups().get(id);
                int voted = 0;
                int agreed = 0;
                int disagreed = 0;
                List<String> cells = new ArrayList<>(m);
                for (int s = 0; s < m; s++) {
                    byte v = matrix[p] == null ? Byte.MIN_VALUE : matrix[p][s];
                    if (v == Byte.MIN_VALUE) {
                        cells.add("");
                        continue;
                    }
                    voted++;
                    agreed += v > 0 ? 1 : 0;
                    disagreed += v < 0 ? 1 : 0;
                    cells.add(Byte.toString(v));
                }
                row.add(id);
                row.add(group == null ? "" : group.toString());
                row.add(Integer.toString(authored.getOrDefault(id, 0)));
                row.add(Integer.toString(voted));
                row.add(Integer.toString(agreed));
                row.add(Integer.toString(disagreed));
                row.addAll(cells);
                out.printRecord(row);
            }
            out.flush();

            out = CSVFormat.DEFAULT.print(votes);
            out.printRecord("timestamp", "datetime", "comment-id", "voter-id", "vote");
            for (int i = 0; i < c.value().length; i++) {
                out.printRecord(
                        c.time() == null ? i : c.time()[i],
                        "",
                        c.statements().get(c.statement()[i]),
                        c.participants().get(c.participant()[i]),
                        c.value()[i]);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A growing list of votes. */
    private static final class VoteList {
        int[] participant = new int[1024];
        int[] statement = new int[1024];
        byte[] value = new byte[1024];
        /** Each vote's time, or null when the votes came from the matrix (no times). */
        long[] time;

        int size;

        void add(int p, int s, byte v) {
            if (size == value.length) {
                participant = java.util.Arrays.copyOf(participant, size * 2);
                statement = java.util.Arrays.copyOf(statement, size * 2);
                value = java.util.Arrays.copyOf(value, size * 2);
            }
            participant[size] = p;
            statement[size] = s;
            value[size] = v;
            size++;
        }

        int size() {
            return size;
        }

        Conversation toConversation(List<String> participants, List<String> statements) {
            return new Conversation(
                    participants,
                    statements,
                    java.util.Arrays.copyOf(participant, size),
                    java.util.Arrays.copyOf(statement, size),
                    java.util.Arrays.copyOf(value, size),
                    time == null ? null : java.util.Arrays.copyOf(time, size));
        }
    }

    /** One CSV file being read, with its name and the line of the current record for error messages. */
    private static final class Table implements Iterable<CSVRecord>, AutoCloseable {
        private final String file;
        private final CSVParser parser;
        private final List<String> header;
        private long line = 1;
        private long endOfPrevious = 1;

        Table(String file, Reader reader, List<String> required) {
            this.file = file;
            try {
                this.parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true)
                        .get()
                        .parse(reader);
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new MalformedExportException(file, 1, "the header cannot be read (" + e.getMessage() + ")");
            }
            this.header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new MalformedExportException(file, 1, "the file is empty");
            }
            for (String column : required) {
                if (!header.contains(column)) {
                    throw new MalformedExportException(file, 1, "the column '" + column + "' is missing");
                }
            }
            endOfPrevious = parser.getCurrentLineNumber();
        }

        List<String> header() {
            return header;
        }

        String optional(CSVRecord row, String column) {
            return header.contains(column) ? row.get(column) : "";
        }

        MalformedExportException problem(String what) {
            return new MalformedExportException(file, line, what);
        }

        byte vote(String cell, String column) {
            return switch (cell.strip()) {
                case "1" -> 1;
                case "0" -> 0;
                case "-1" -> -1;
                default ->
                    throw problem(
                            "the vote '" + abbreviate(cell) + "' in column " + column + " is not -1, 0, 1 or empty");
            };
        }

        @Override
        public java.util.Iterator<CSVRecord> iterator() {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return records.hasNext();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        throw new MalformedExportException(
                                file, endOfPrevious + 1, "the row cannot be read (" + e.getMessage() + ")");
                    }
                }

                @Override
                public CSVRecord next() {
                    CSVRecord row = records.next();
                    line = endOfPrevious + 1;
                    endOfPrevious = parser.getCurrentLineNumber();
                    if (row.size() != header.size()) {
                        throw problem("the row has " + row.size() + " values, the header " + header.size());
                    }
                    return row;
                }
            };
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
