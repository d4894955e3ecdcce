package org.cocrea.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's part of "download my data" declared as data: one named section per SQL statement ({@code :person} in
 * each), in the order the archive lists them. Almost every module's part is only that, so each says which rows are
 * the person's and this class reads them.
 */
public abstract class PersonalDataQueries implements PersonalData {
    private final JdbcClient jdbc;
    private final String module;
    private final List<Section> sections;

    /** A section of the module's file: its name in the JSON and the statement that finds the person's rows. */
    public record Section(String name, String sql) {}

    protected PersonalDataQueries(JdbcClient jdbc, String module, Section... sections) {
        this.jdbc = jdbc;
        this.module = module;
        this.sections = List.of(sections);
    }

    /** A section named {@code name}, read by {@code sql}. */
    protected static Section section(String name, String sql) {
        return new Section(name, sql);
    }

    @Override
    public final String module() {
        return module;
    }

    @Override
    public final Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        sections.forEach(s -> data.put(s.name(), PersonalData.rows(jdbc, s.sql(), personId)));
        return data;
    }
}
