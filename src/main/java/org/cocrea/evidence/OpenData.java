package org.cocrea.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cocrea.initiatives.Phase;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data set as a Frictionless Data Package (ADR 0023): {@code datapackage.json} naming four CSV resources
 * with their table schema, whose field descriptions are the data dictionary, and the CSV files written with
 * commons-csv: the initiatives (typology, objectives, influential factors), their indicators (latest reading and
 * progress), the aggregated outcomes (one value per initiative, phase and measure) and the participation per phase.
 * Nothing in it names a person. A value from fewer than five people is suppressed: its cell is empty, the schema
 * declares the empty string as the missing value, and the outcomes say {@code suppressed = true}.
 */
final class OpenData {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenData() {}

    /** A field of a resource's table schema: name, Frictionless type, description, and whether it may be empty. */
    record Field(String name, String type, String description, boolean required) {}

    /** A resource: its name, file, title, fields and rows (each row's values in the fields' order). */
    record Resource(String name, String title, List<Field> fields, List<List<Object>> rows) {
        String path() {
            return name + ".csv";
        }
    }

    static final List<Field> INITIATIVES = List.of(
            new Field("initiative_id", "integer", "Cocrea's number of the initiative.", true),
            new Field("title", "string", "The initiative's title, as its organisation published it.", true),
            new Field("level", "string", "Who co-produces: individual, group or collective.", true),
            new Field("domain", "string", "The service domain (health, education, mobility...).", true),
            new Field(
                    "phases",
                    "string",
                    "The phases of its timeline, space-separated: co-commissioning, co-design, co-delivery,"
                            + " co-assessment; empty while it has no timeline yet.",
                    false),
            new Field(
                    "citizen_roles",
                    "string",
                    "The citizens' roles, space-separated: co-implementer, co-designer, initiator; empty if none.",
                    false),
            new Field(
                    "objectives",
                    "string",
                    "The declared objectives, space-separated: effectiveness, efficiency, customer-satisfaction,"
                            + " other, none.",
                    false),
            new Field(
                    "readiness_compatibility",
                    "integer",
                    "Organisation's readiness (1-5): compatibility with citizen participation; empty if not answered.",
                    false),
            new Field(
                    "readiness_open_attitude",
                    "integer",
                    "Organisation's readiness (1-5): open attitude towards participation; empty if not answered.",
                    false),
            new Field(
                    "readiness_risk_averse_culture",
                    "integer",
                    "Organisation's readiness (1-5): risk-averse administrative culture; empty if not answered.",
                    false),
            new Field(
                    "readiness_incentives",
                    "integer",
                    "Organisation's readiness (1-5): clear incentives for co-creation; empty if not answered.",
                    false),
            new Field(
                    "citizen_respondents",
                    "integer",
                    "How many citizens answered the factor questionnaire; empty when fewer than 5 (suppressed).",
                    false),
            new Field("citizen_skills", "number", "Citizens' mean skills (1-5); empty under 5 respondents.", false),
            new Field(
                    "citizen_intrinsic_motivation",
                    "number",
                    "Citizens' mean intrinsic motivation (1-5); empty under 5 respondents.",
                    false),
            new Field(
                    "citizen_ownership",
                    "number",
                    "Citizens' mean feeling of ownership (1-5); empty under 5 respondents.",
                    false),
            new Field(
                    "citizen_social_capital",
                    "number",
                    "Citizens' mean social capital (1-5); empty under 5 respondents.",
                    false),
            new Field(
                    "citizen_risk_aversion",
                    "number",
                    "Citizens' mean risk aversion (1-5); empty under 5 respondents.",
                    false));

    static final List<Field> INDICATORS = List.of(
            new Field("initiative_id", "integer", "The initiative (initiatives.csv).", true),
            new Field("indicator_id", "integer", "Cocrea's number of the indicator.", true),
            new Field("name", "string", "The indicator's name, as the facilitators wrote it.", true),
            new Field("unit", "string", "Its unit.", true),
            new Field("phase", "string", "The phase of the tool that holds it.", true),
            new Field("objective", "string", "The declared objective it measures.", true),
            new Field("direction", "string", "higher or lower: which way is better.", true),
            new Field("baseline", "number", "The baseline value.", true),
            new Field("target", "number", "The target value.", true),
            new Field("latest_value", "number", "The latest reading.", true),
            new Field("latest_on", "date", "The day the latest reading refers to.", true),
            new Field("first_on", "date", "The day of the first reading.", true),
            new Field("readings", "integer", "How many readings there are.", true),
            new Field(
                    "progress_percent",
                    "number",
                    "(latest - baseline) / (target - baseline) x 100, not clamped: below 0 is backwards, above 100"
                            + " beyond the target.",
                    true));

    static final List<Field> OUTCOMES = List.of(
            new Field("initiative_id", "integer", "The initiative (initiatives.csv).", true),
            new Field("phase", "string", "The phase the measure comes from.", true),
            new Field(
                    "measure",
                    "string",
                    "progress: mean indicator progress in %; satisfaction: survey scales put on 0-100; nps: Net"
                            + " Promoter Score; positive: % positive quick ratings; citizen-share: % of contributed"
                            + " hours given by citizens; participants: contributors plus survey respondents.",
                    true),
            new Field("value", "number", "The measure's value; empty when suppressed.", false),
            new Field(
                    "people",
                    "integer",
                    "From how many people (ratings for positive); empty when suppressed or not counted in people"
                            + " (progress).",
                    false),
            new Field("suppressed", "boolean", "true when fewer than 5 people: value and people are empty.", true));

    static final List<Field> PARTICIPATION = List.of(
            new Field("initiative_id", "integer", "The initiative (initiatives.csv).", true),
            new Field("phase", "string", "The phase.", true),
            new Field(
                    "contributors",
                    "integer",
                    "People who recorded a contribution in the ledger; empty when fewer than 5 (suppressed).",
                    false),
            new Field(
                    "respondents",
                    "integer",
                    "People who answered a survey; empty when fewer than 5 (suppressed).",
                    false),
            new Field("ratings", "integer", "Quick ratings given; empty when fewer than 5 (suppressed).", false));

    /** The package's four resources from the evidence and typology rows of one scope. */
    static List<Resource> resources(
            List<EvidenceRepository.Scope> scope,
            List<EvidenceRepository.Code> roles,
            List<EvidenceRepository.Code> objectives,
            List<EvidenceRepository.Latest> latest,
            List<EvidenceRepository.Inputs> inputs,
            List<EvidenceRepository.Respondents> respondents,
            List<EvidenceRepository.Ratings> ratings,
            List<Measures.Value> values) {
        var roleOf = joined(roles);
        var objectiveOf = joined(objectives);
        var initiatives = new ArrayList<List<Object>>();
        for (var s : scope) {
            var row = new ArrayList<Object>();
            row.add(s.id());
            row.add(s.title());
            row.add(s.level());
            row.add(s.domain());
            var phases = new ArrayList<String>();
            for (Phase p : Phase.values()) {
                if (s.phases()[p.ordinal()]) {
                    phases.add(p.code());
                }
            }
            row.add(String.join(" ", phases));
            row.add(roleOf.getOrDefault(s.id(), ""));
            row.add(objectiveOf.getOrDefault(s.id(), ""));
            for (Integer r : s.readiness()) {
                row.add(r);
            }
            boolean shown = s.citizenRespondents() >= Evidence.MIN_PEOPLE;
            row.add(shown ? s.citizenRespondents() : null);
            for (Double c : s.citizen()) {
                row.add(shown && c != null ? round(c) : null);
            }
            initiatives.add(row);
        }
        var ids = scope.stream().map(EvidenceRepository.Scope::id).collect(Collectors.toSet());
        var indicators = new ArrayList<List<Object>>();
        for (var l : latest) {
            if (!ids.contains(l.initiativeId())) {
                continue;
            }
            indicators.add(List.of(
                    l.initiativeId(),
                    l.indicatorId(),
                    l.name(),
                    l.unit(),
                    l.phase().code(),
                    l.objective(),
                    l.direction(),
                    l.baseline().stripTrailingZeros().toPlainString(),
                    l.target().stripTrailingZeros().toPlainString(),
                    l.value().stripTrailingZeros().toPlainString(),
                    l.on(),
                    l.since(),
                    l.readings(),
                    l.progress().stripTrailingZeros().toPlainString()));
        }
        var outcomes = new ArrayList<List<Object>>();
        for (var v : values) {
            if (!ids.contains(v.initiativeId())) {
                continue;
            }
            var row = new ArrayList<Object>();
            row.add(v.initiativeId());
            row.add(v.phase().code());
            row.add(v.measure());
            row.add(v.suppressed() || v.value() == null ? null : round(v.value()));
            row.add(v.suppressed() || v.measure().equals("progress") ? null : v.people());
            row.add(v.suppressed());
            outcomes.add(row);
        }
        record Key(long initiative, Phase phase) {}
        var counts = new TreeMap<Key, int[]>((a, b) -> a.initiative() != b.initiative()
                ? Long.compare(a.initiative(), b.initiative())
                : a.phase().compareTo(b.phase()));
        inputs.forEach(
                i -> counts.computeIfAbsent(new Key(i.initiativeId(), i.phase()), k -> new int[3])[0] = i.people());
        respondents.forEach(
                r -> counts.computeIfAbsent(new Key(r.initiativeId(), r.phase()), k -> new int[3])[1] = r.people());
        ratings.forEach(
                r -> counts.computeIfAbsent(new Key(r.initiativeId(), r.phase()), k -> new int[3])[2] = r.count());
        var participation = new ArrayList<List<Object>>();
        counts.forEach((k, c) -> {
            if (ids.contains(k.initiative())) {
                var row = new ArrayList<Object>();
                row.add(k.initiative());
                row.add(k.phase().code());
                for (int n : c) {
                    row.add(n < Evidence.MIN_PEOPLE ? null : n);
                }
                participation.add(row);
            }
        });
        return List.of(
                new Resource(
                        "initiatives",
                        "Initiatives: typology, objectives, influential factors",
                        INITIATIVES,
                        initiatives),
                new Resource(
                        "indicators",
                        "Indicators: latest reading and progress toward the target",
                        INDICATORS,
                        indicators),
                new Resource("outcomes", "Outcomes: one value per initiative, phase and measure", OUTCOMES, outcomes),
                new Resource("participation", "Participation per initiative and phase", PARTICIPATION, participation));
    }

    private static Map<Long, String> joined(List<EvidenceRepository.Code> codes) {
        var out = new HashMap<Long, List<String>>();
        codes.forEach(c ->
                out.computeIfAbsent(c.initiativeId(), k -> new ArrayList<>()).add(c.code()));
        var joined = new HashMap<Long, String>();
        out.forEach((k, v) -> joined.put(k, String.join(" ", v)));
        return joined;
    }

    private static String round(double value) {
        return java.math.BigDecimal.valueOf(value)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /** The descriptor: the package's name and licence, each resource with its schema (the data dictionary). */
    static Map<String, Object> descriptor(String name, String title, List<Resource> resources) {
        var pkg = new LinkedHashMap<String, Object>();
        pkg.put("profile", "tabular-data-package");
        pkg.put("name", name);
        pkg.put("title", title);
        pkg.put(
                "description",
                "Co-production evidence published by Cocrea: no person is named; any figure from fewer than 5 people"
                        + " is suppressed (an empty cell). Descriptive data: it supports no causal claim.");
        pkg.put(
                "licenses",
                List.of(Map.of("name", "CC-BY-4.0", "path", "https://creativecommons.org/licenses/by/4.0/")));
        var list = new ArrayList<Map<String, Object>>();
        for (var r : resources) {
            var resource = new LinkedHashMap<String, Object>();
            resource.put("name", r.name());
            resource.put("path", r.path());
            resource.put("title", r.title());
            resource.put("profile", "tabular-data-resource");
            resource.put("format", "csv");
            resource.put("mediatype", "text/csv");
            resource.put("encoding", "utf-8");
            var fields = new ArrayList<Map<String, Object>>();
            for (var f : r.fields()) {
                var field = new LinkedHashMap<String, Object>();
                field.put("name", f.name());
                field.put("type", f.type());
                field.put("description", f.description());
                if (f.required()) {
                    field.put("constraints", Map.of("required", true));
                }
                fields.add(field);
            }
            var schema = new LinkedHashMap<String, Object>();
            schema.put("fields", fields);
            schema.put("missingValues", List.of(""));
            resource.put("schema", schema);
            list.add(resource);
        }
        pkg.put("resources", list);
        return pkg;
    }

    /** Writes the zip: {@code datapackage.json} first, then each resource's CSV with a header of its fields. */
    static void write(OutputStream out, String name, String title, List<Resource> resources) throws IOException {
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("datapackage.json"));
        zip.write(JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(descriptor(name, title, resources))
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (var r : resources) {
            zip.putNextEntry(new ZipEntry(r.path()));
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader(r.fields().stream().map(Field::name).toArray(String[]::new))
                    .get();
            var csv = new CSVPrinter(writer, format);
            try {
                for (var row : r.rows()) {
                    var cells = new ArrayList<Object>();
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        boolean text = r.fields().get(c).type().equals("string");
                        cells.add(cell == null ? "" : text ? defused(cell.toString()) : cell.toString());
                    }
                    csv.printRecord(cells);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
            zip.closeEntry();
        }
        zip.finish();
    }

    /** A text a spreadsheet would read as a formula gets an apostrophe, as in the ledger's CSV. */
    static String defused(String text) {
        return text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 ? text : "'" + text;
    }
}
