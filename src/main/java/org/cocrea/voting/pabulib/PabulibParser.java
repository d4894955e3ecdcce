package org.cocrea.voting.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.voting.Ballot;
import org.cocrea.voting.Election;
import org.cocrea.voting.Project;
import org.cocrea.voting.VoteType;

/**
 * Reads a Pabulib {@code .pb} file line by line. Identical ballots are counted rather than stored,
 * so memory grows with the distinct ballots and a repeated ballot costs one hash lookup.
 */
public final class PabulibParser {

    private enum Section {
        NONE,
        META,
        PROJECTS,
        VOTES
    }

    private static final List<Section> SECTIONS = List.of(Section.META, Section.PROJECTS, Section.VOTES);

    private record ProjectRow(String id, String cost, String selected, int line) {}

    private final String name;
    private final Map<String, String> meta = new LinkedHashMap<>();
    private final Map<String, Integer> metaLines = new HashMap<>();
    private final List<ProjectRow> projectRows = new ArrayList<>();
    private final Map<String, Integer> projectIndex = new HashMap<>();
    private final Map<String, BallotDraft> ballots = new LinkedHashMap<>();
    private Section section = Section.NONE;
    private List<String> header;
    private int lineNo;
    private VoteType voteType;
    private int voteColumn;
    private int pointsColumn;
    private int selectedColumn;

    private PabulibParser(String name) {
        this.name = name;
    }

    /** Parses the file at {@code path}; errors name it by its file name. */
    public static PabulibFile parse(Path path) throws IOException, PabulibFormatException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))) {
            return parse(reader, path.getFileName().toString());
        }
    }

    /** Parses a file read from {@code reader}; {@code name} labels error messages. */
    public static PabulibFile parse(BufferedReader reader, String name) throws IOException, PabulibFormatException {
        PabulibParser parser = new PabulibParser(name);
        parser.scan(reader, false);
        return parser.finish();
    }

    /**
     * Reads only META and PROJECTS, stopping where VOTES begins: enough to decide whether a file
     * is worth parsing in full.
     */
    public static PabulibPreview preview(Path path) throws IOException, PabulibFormatException {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))) {
            PabulibParser parser = new PabulibParser(path.getFileName().toString());
            parser.scan(reader, true);
            return new PabulibPreview(parser.meta, parser.voteType, parser.selectedColumn >= 0);
        }
    }

    private void scan(BufferedReader reader, boolean stopAtVotes) throws IOException, PabulibFormatException {
        String line;
        while ((line = reader.readLine()) != null) {
            if (stopAtVotes && section == Section.VOTES) {
                return;
            }
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                accept(line);
            }
            if (section == Section.VOTES && header != null && !stopAtVotes) {
                readVotes(reader);
            }
        }
        if (section != Section.VOTES) {
            Section missing = section == Section.NONE ? Section.META : Section.values()[section.ordinal() + 1];
            throw error("missing " + missing + " section");
        }
        if (header == null) {
            throw error("VOTES section has no header row");
        }
    }

    /**
     * The rest of the file: vote rows. A loop of its own keeps the hot code small, which matters
     * because most of the time of a short run goes into compiling it.
     */
    private void readVotes(BufferedReader reader) throws IOException, PabulibFormatException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.indexOf('"') < 0 && line.indexOf(';') >= 0) {
                addVote(line);
            } else if (!line.isBlank()) {
                accept(line);
            }
        }
    }

    private void accept(String line) throws PabulibFormatException {
        String trimmed = line.strip();
        for (Section s : SECTIONS) {
            if (trimmed.equals(s.name())) {
                enter(s);
                return;
            }
        }
        if (section == Section.NONE) {
            throw error("expected the META section header, found '" + abbreviate(trimmed) + "'");
        }
        List<String> fields = split(line);
        if (header == null) {
            setHeader(fields);
        } else if (section == Section.META) {
            meta.put(fields.get(0).strip(), fields.size() > 1 ? fields.get(1).strip() : "");
            metaLines.put(fields.get(0).strip(), lineNo);
        } else if (section == Section.PROJECTS) {
            addProject(fields);
        } else {
            addVote(fields);
        }
    }

    private void enter(Section next) throws PabulibFormatException {
        if (next.ordinal() != section.ordinal() + 1) {
            Section expected = section == Section.VOTES ? null : Section.values()[section.ordinal() + 1];
            throw error(
                    next + " section found where " + (expected == null ? "nothing more" : expected) + " was expected");
        }
        if (section != Section.NONE && header == null) {
            throw error(section + " section has no header row");
        }
        if (next == Section.PROJECTS) {
            voteType = parseVoteType();
        }
        section = next;
        header = null;
    }

    private void setHeader(List<String> fields) throws PabulibFormatException {
        header = fields.stream().map(String::strip).toList();
        if (section == Section.PROJECTS) {
            requireColumn("project_id");
            requireColumn("cost");
            selectedColumn = header.indexOf("selected");
        } else if (section == Section.VOTES) {
            voteColumn = requireColumn("vote");
            pointsColumn = header.indexOf("points");
        }
    }

    private int requireColumn(String column) throws PabulibFormatException {
        int index = header.indexOf(column);
        if (index < 0) {
            throw error(section + " header has no '" + column + "' column");
        }
        return index;
    }

    private void addProject(List<String> fields) throws PabulibFormatException {
        String id = field(fields, header.indexOf("project_id")).strip();
        String cost = field(fields, header.indexOf("cost")).strip();
        String selected =
                selectedColumn < 0 ? null : field(fields, selectedColumn).strip();
        if (projectIndex.putIfAbsent(id, projectRows.size()) != null) {
            throw error("duplicate project '" + id + "'");
        }
        projectRows.add(new ProjectRow(id, cost, selected, lineNo));
    }

    private void addVote(List<String> fields) throws PabulibFormatException {
        String vote = field(fields, voteColumn);
        String points = pointsColumn < 0 || !voteType.hasPoints() ? "" : field(fields, pointsColumn);
        countBallot(vote, points);
    }

    /** Vote rows without quotes: cut out just the two fields needed, without splitting the row. */
    private void addVote(String line) throws PabulibFormatException {
        boolean withPoints = pointsColumn >= 0 && voteType.hasPoints();
        String vote = null;
        String points = "";
        int start = 0;
        int last = withPoints ? Math.max(voteColumn, pointsColumn) : voteColumn;
        for (int column = 0; column <= last; column++) {
            if (start > line.length()) {
                throw error("expected at least " + (last + 1) + " fields, found " + column);
            }
            int end = line.indexOf(';', start);
            end = end < 0 ? line.length() : end;
            if (column == voteColumn) {
                vote = line.substring(start, end);
            } else if (withPoints && column == pointsColumn) {
                points = line.substring(start, end);
            }
            start = end + 1;
        }
        countBallot(vote, points);
    }

    private void countBallot(String vote, String points) throws PabulibFormatException {
        String key = points.isEmpty() ? vote : vote + '\u0000' + points;
        BallotDraft draft = ballots.get(key);
        if (draft == null) {
            draft = BallotDraft.parse(vote, points, voteType, projectIndex, this::error);
            ballots.put(key, draft);
        }
        draft.count++;
    }

    private String field(List<String> fields, int index) throws PabulibFormatException {
        if (index >= fields.size()) {
            throw error("expected at least " + (index + 1) + " fields, found " + fields.size());
        }
        return fields.get(index);
    }

    private List<String> split(String line) throws PabulibFormatException {
        try {
            return Fields.split(line);
        } catch (Fields.QuotingException e) {
            throw error("bad quoting: " + e.getMessage());
        }
    }

    private VoteType parseVoteType() throws PabulibFormatException {
        String type = meta.getOrDefault("vote_type", "approval");
        try {
            return VoteType.fromPabulib(type);
        } catch (IllegalArgumentException e) {
            throw errorAt("vote_type", "unknown vote_type '" + type + "'");
        }
    }

    private PabulibFile finish() throws PabulibFormatException {
        BigDecimal budget = decimal("budget");
        int scale = Math.max(0, budget.stripTrailingZeros().scale());
        List<BigDecimal> costs = new ArrayList<>();
        for (ProjectRow row : projectRows) {
            BigDecimal cost = number(row.cost(), row.line(), "cost of project '" + row.id() + "'");
            costs.add(cost);
            scale = Math.max(scale, cost.stripTrailingZeros().scale());
        }
        List<Project> projects = new ArrayList<>();
        Set<String> selected = new HashSet<>();
        for (int i = 0; i < projectRows.size(); i++) {
            ProjectRow row = projectRows.get(i);
            projects.add(new Project(row.id(), money(costs.get(i), scale, row.line())));
            if ("1".equals(row.selected())) {
                selected.add(row.id());
            }
        }
        List<Ballot> list = new ArrayList<>(ballots.size());
        for (BallotDraft draft : ballots.values()) {
            list.add(draft.toBallot());
        }
        Optional<BigDecimal> threshold = meta.containsKey("min_project_score_threshold")
                        && !meta.get("min_project_score_threshold").isEmpty()
                ? Optional.of(decimal("min_project_score_threshold"))
                : Optional.empty();
        long scaledBudget = money(budget, scale, metaLines.get("budget"));
        Election election = new Election(name, voteType, scaledBudget, scale, projects, list, threshold);
        return new PabulibFile(election, meta, selectedColumn < 0 ? Optional.empty() : Optional.of(selected));
    }

    /** The amount in units of 10^-scale, exactly; amounts beyond a long are rejected. */
    private long money(BigDecimal amount, int scale, int line) throws PabulibFormatException {
        try {
            return amount.movePointRight(scale).longValueExact();
        } catch (ArithmeticException e) {
            throw new PabulibFormatException(name, line, "amount too large: " + amount.toPlainString());
        }
    }

    private BigDecimal decimal(String key) throws PabulibFormatException {
        if (!meta.containsKey(key)) {
            throw error("META has no '" + key + "'");
        }
        return number(meta.get(key), metaLines.get(key), "META " + key);
    }

    private BigDecimal number(String text, int line, String what) throws PabulibFormatException {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0) {
                throw new PabulibFormatException(name, line, what + " is negative: '" + text + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new PabulibFormatException(name, line, what + " is not a number: '" + abbreviate(text) + "'");
        }
    }

    PabulibFormatException error(String problem) {
        return new PabulibFormatException(name, lineNo, problem);
    }

    private PabulibFormatException errorAt(String metaKey, String problem) {
        return new PabulibFormatException(name, metaLines.getOrDefault(metaKey, lineNo), problem);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
