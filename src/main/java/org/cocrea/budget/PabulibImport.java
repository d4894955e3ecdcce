package org.cocrea.budget;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.cocrea.voting.Election;
import org.cocrea.voting.Rule;
import org.cocrea.voting.VoteType;
import org.cocrea.voting.pabulib.PabulibFile;
import org.cocrea.voting.pabulib.PabulibFormatException;
import org.cocrea.voting.pabulib.PabulibParser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a draft budget's projects (and, if asked, its settings) from a Pabulib {@code .pb} file. The file is read
 * by the {@link PabulibParser}, whose errors name the line; nothing is stored unless every project fits.
 */
@Service
class PabulibImport {
    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_PROJECTS = 1000;

    private final BudgetService service;
    private final BudgetRepository budgets;
    private final TransactionTemplate tx;

    PabulibImport(BudgetService service, BudgetRepository budgets, PlatformTransactionManager transactions) {
        this.service = service;
        this.budgets = budgets;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Imports the file, or gives the problems; when refused, nothing is stored. */
    List<Refused.Problem> load(ToolAccess access, String fileName, byte[] bytes, boolean withSettings) {
        Voters.requireManager(access);
        long instanceId = access.id();
        if (bytes.length == 0) {
            return List.of(new Refused.Problem(null, "budget.import.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            return List.of(new Refused.Problem(null, "budget.import.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        String name = fileName == null || fileName.isBlank()
                ? "file.pb"
                : fileName.length() > 100 ? fileName.substring(0, 100) : fileName;
        PabulibFile file;
        try {
            file = PabulibParser.parse(reader(bytes), name);
        } catch (PabulibFormatException e) {
            return List.of(new Refused.Problem(null, "budget.import.invalid", e.getMessage()));
        } catch (IOException e) {
            // Invalid UTF-8 is the only way reading from memory fails.
            return List.of(new Refused.Problem(null, "budget.import.encoding"));
        }
        var existing = budgets.ofInstance(instanceId);
        if (existing.isPresent() && !existing.get().status().mayChange()) {
            return List.of(new Refused.Problem(null, "budget.locked"));
        }
        var problems = new ArrayList<Refused.Problem>();
        var settings = existing.isEmpty() || withSettings ? settings(file, existing, problems) : null;
        var projects = projects(file, bytes, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        long amount = settings != null ? settings.amountCents() : existing.get().amountCents();
        projects.stream()
                .filter(p -> p.cents() > amount)
                .findFirst()
                .ifPresent(p -> problems.add(new Refused.Problem(null, "budget.import.costOver", p.id())));
        if (!problems.isEmpty()) {
            return problems;
        }
        tx.executeWithoutResult(status -> store(instanceId, existing, settings, projects));
        return List.of();
    }

    private void store(
            long instanceId, Optional<Budget> existing, BudgetRepository.Settings settings, List<Row> projects) {
        long budgetId;
        if (existing.isPresent()) {
            budgetId = existing.get().id();
            if (settings != null) {
                budgets.update(budgetId, settings);
            }
        } else {
            budgetId = budgets.create(instanceId, settings);
        }
        for (Row p : projects) {
            budgets.addProject(budgetId, p.title(), "", p.cents(), p.category());
        }
    }

    private static BufferedReader reader(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), decoder));
    }

    /** The settings the file's META describes: budget, currency, rule, ballot type and its limits. */
    private static BudgetRepository.Settings settings(
            PabulibFile file, Optional<Budget> existing, List<Refused.Problem> problems) {
        Election e = file.election();
        var meta = file.meta();
        Optional<Long> amount = cents(e.budget(), e.moneyScale()).filter(c -> c > 0);
        if (amount.isEmpty()) {
            problems.add(new Refused.Problem(null, "budget.import.budget"));
        }
        String currency = meta.getOrDefault(
                        "currency", existing.map(Budget::currency).orElse("EUR"))
                .trim()
                .toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            currency = existing.map(Budget::currency).orElse("EUR");
        }
        boolean cumulative = e.voteType() == VoteType.CUMULATIVE;
        if (e.voteType() != VoteType.APPROVAL && !cumulative) {
            problems.add(new Refused.Problem(
                    null, "budget.import.voteType", e.voteType().name().toLowerCase(Locale.ROOT)));
            return null;
        }
        Rule rule = Rule.fromPabulib(file.rule()).orElse(cumulative ? Rule.GREEDY : Rule.MES);
        if (cumulative && !BudgetService.POINTS_RULES.contains(rule)) {
            rule = Rule.GREEDY;
        }
        BallotType type = cumulative
                ? BallotType.CUMULATIVE
                : meta.containsKey("max_sum_cost") ? BallotType.KNAPSACK : BallotType.APPROVAL;
        Integer points = cumulative ? positive(meta.get("max_sum_points")) : null;
        Integer cap = cumulative ? positive(meta.get("max_points")) : null;
        if (cumulative && points == null) {
            problems.add(new Refused.Problem(null, "budget.import.points"));
            return null;
        }
        if (cumulative && (cap == null || cap > points)) {
            cap = points;
        }
        Integer min = type == BallotType.APPROVAL ? positive(meta.get("min_length")) : null;
        Integer max = type == BallotType.APPROVAL ? positive(meta.get("max_length")) : null;
        if (min != null && max != null && min > max) {
            min = null;
            max = null;
        }
        if (amount.isEmpty()) {
            return null;
        }
        var eligibility = existing.map(Budget::eligibility).orElse(Eligibility.MEMBERS);
        return new BudgetRepository.Settings(
                amount.get(),
                currency,
                type,
                rule,
                min,
                max,
                null,
                null,
                eligibility,
                points,
                cap,
                null,
                existing.map(Budget::facilitatorsVote).orElse(false));
    }

    private static Integer positive(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= 1 && n <= 1000 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An amount of the election in cents, when it is a whole number of cents within range. */
    private static Optional<Long> cents(long amount, int scale) {
        try {
            return Optional.of(
                    BigDecimal.valueOf(amount, scale).movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private record Row(String id, String title, long cents, String category) {}

    private static List<Row> projects(PabulibFile file, byte[] bytes, List<Refused.Problem> problems) {
        Election e = file.election();
        if (e.projects().isEmpty()) {
            problems.add(new Refused.Problem(null, "budget.import.noProjects"));
            return List.of();
        }
        if (e.projects().size() > MAX_PROJECTS) {
            problems.add(new Refused.Problem(null, "budget.import.tooMany", MAX_PROJECTS));
            return List.of();
        }
        var columns = ProjectColumns.read(bytes);
        var rows = new ArrayList<Row>();
        for (var p : e.projects()) {
            var cost = cents(p.cost(), e.moneyScale()).filter(c -> c > 0);
            if (cost.isEmpty()) {
                problems.add(new Refused.Problem(null, "budget.import.cost", p.id()));
                continue;
            }
            var fields = columns.getOrDefault(p.id(), Map.of());
            String title = clip(fields.getOrDefault("name", ""), 200);
            String category = clip(fields.getOrDefault("category", ""), 100);
            rows.add(new Row(
                    p.id(),
                    title.isBlank() ? "Project " + clip(p.id(), 180) : title,
                    cost.get(),
                    category.isBlank() ? null : category));
        }
        return rows;
    }

    private static String clip(String text, int max) {
        String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > max ? clean.substring(0, max) : clean;
    }

    /**
     * The PROJECTS section's other columns (name, category) by project id. The parser has already checked the
     * file, so this only needs to find them; it stops where VOTES begins.
     */
    static final class ProjectColumns {
        private ProjectColumns() {}

        static Map<String, Map<String, String>> read(byte[] bytes) {
            var result = new HashMap<String, Map<String, String>>();
            String text = new String(bytes, StandardCharsets.UTF_8);
            List<String> header = null;
            boolean inProjects = false;
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.equals("PROJECTS")) {
                    inProjects = true;
                    continue;
                }
                if (trimmed.equals("VOTES")) {
                    break;
                }
                if (!inProjects || trimmed.isEmpty()) {
                    continue;
                }
                var fields = split(line.replace("\r", ""));
                if (header == null) {
                    header = fields.stream().map(String::strip).toList();
                    continue;
                }
                var row = new HashMap<String, String>();
                for (int i = 0; i < Math.min(header.size(), fields.size()); i++) {
                    row.put(header.get(i), fields.get(i));
                }
                result.put(row.getOrDefault("project_id", "").strip(), row);
            }
            return result;
        }

        /** Semicolon-separated fields, double quotes around a field that holds semicolons ("" for a quote). */
        static List<String> split(String line) {
            var fields = new ArrayList<String>();
            var current = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ';' && !quoted) {
                    fields.add(current.toString());
                    current.setLength(0);
                } else {
                    current.append(c);
                }
            }
            fields.add(current.toString());
            return fields;
        }
    }
}
