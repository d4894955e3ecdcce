package org.cocrea.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cocrea.platform.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_user table. Emails are stored lower-case and unique (a database constraint). */
@Repository
class PersonRepository {
    private static final String COLUMNS = """
            id, email, name, language, kind, admin, organisation_id, department_id,
            email_verified_at, deleted_at""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    /** Without batch inserts (repository tests of the single-row methods). */
    PersonRepository(JdbcClient jdbc) {
        this(jdbc, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    PersonRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    record NewPerson(String email, String name, String passwordHash, Language language, PersonKind kind) {}

    long insert(NewPerson person) {
        var now = now();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at)
                VALUES (:email, :name, :hash, :language, :kind, :now, :now)
                """)
                .param("email", person.email())
                .param("name", person.name())
                .param("hash", person.passwordHash())
                .param("language", person.language().code())
                .param("kind", person.kind().code())
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts verified people in one JDBC batch; returns their ids in the order given. */
    List<Long> insertVerified(List<NewPerson> list) {
        var now = now();
        batch.batchUpdate("""
                INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at,
                    email_verified_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, list, 500, (ps, p) -> {
            ps.setString(1, p.email());
            ps.setString(2, p.name());
            ps.setString(3, p.passwordHash());
            ps.setString(4, p.language().code());
            ps.setString(5, p.kind().code());
            ps.setObject(6, now);
            ps.setObject(7, now);
            ps.setObject(8, now);
        });
        var ids = new java.util.HashMap<String, Long>();
        for (int from = 0; from < list.size(); from += 1000) {
            var emails = list.subList(from, Math.min(list.size(), from + 1000)).stream()
                    .map(NewPerson::email)
                    .toList();
            jdbc.sql("SELECT id, email FROM app_user WHERE email IN (:emails)")
                    .param("emails", emails)
                    .query(rs -> {
                        ids.put(rs.getString(2), rs.getLong(1));
                    });
        }
        return list.stream().map(p -> ids.get(p.email())).toList();
    }

    long countExisting(java.util.Collection<String> emails) {
        long found = 0;
        var all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += 1000) {
            found += jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email IN (:emails)")
                    .param("emails", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(Long.class)
                    .single();
        }
        return found;
    }

    List<Long> idsWithEmailSuffix(String suffix) {
        return jdbc.sql("SELECT id FROM app_user WHERE email LIKE :pattern ORDER BY id")
                .param("pattern", "%" + suffix.replace("%", "").replace("_", "\\_"))
                .query(Long.class)
                .list();
    }

    Optional<Person> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .param("id", id)
                .query(PersonRepository::person)
                .optional();
    }

    List<Person> findAll(java.util.Collection<Long> ids) {
        var all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        var found = new java.util.ArrayList<Person>();
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id IN (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(PersonRepository::person)
                    .list());
        }
        return found;
    }

    /**
     * Of these people, those whose address is confirmed and whose account is not deleted (finding 6: only their
     * votes, supports, joins and answers count); one query per thousand ids.
     */
    java.util.Set<Long> confirmed(java.util.Collection<Long> ids) {
        var all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        var found = new java.util.HashSet<Long>();
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(jdbc.sql("""
                            SELECT id FROM app_user
                            WHERE id IN (:ids) AND email_verified_at IS NOT NULL AND deleted_at IS NULL
                            """)
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query(Long.class)
                    .list());
        }
        return found;
    }

    Optional<Person> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE email = :email")
                .param("email", email)
                .query(PersonRepository::person)
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /**
     * What a session compares with on every request (one primary-key read): the account's stamps, or empty
     * once the account is deleted.
     */
    Optional<Stamps> stamps(long id) {
        return jdbc.sql(
                        "SELECT rights_version, credentials_version FROM app_user WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query((rs, row) -> new Stamps(rs.getInt(1), rs.getInt(2)))
                .optional();
    }

    /** What sign-in needs beyond the person: the password hash and the stamps, in one read. */
    record Credentials(String passwordHash, Stamps stamps) {}

    Optional<Credentials> credentials(long id) {
        return jdbc.sql("""
                SELECT password_hash, rights_version, credentials_version FROM app_user
                WHERE id = :id AND deleted_at IS NULL
                """)
                .param("id", id)
                .query((rs, row) -> new Credentials(rs.getString(1), new Stamps(rs.getInt(2), rs.getInt(3))))
                .optional();
    }

    /** Versions of an account's rights (kind, admin, organisation) and of its credentials (password, deletion). */
    record Stamps(int rights, int credentials) {
        /** A new account's (the columns' default). */
        static final Stamps NEW = new Stamps(0, 0);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    List<Person> search(String text, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM app_user
                WHERE deleted_at IS NULL AND (:pattern = '%%' OR LOWER(name) LIKE :pattern OR email LIKE :pattern)
                ORDER BY name, id OFFSET :offset ROWS FETCH FIRST :limit ROWS ONLY
                """)
                .param("pattern", likePattern(text))
                .param("offset", offset)
                .param("limit", limit)
                .query(PersonRepository::person)
                .list();
    }

    List<Person> inOrganisation(long organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE organisation_id = :org AND deleted_at IS NULL"
                        + " ORDER BY name, id")
                .param("org", organisationId)
                .query(PersonRepository::person)
                .list();
    }

    /** Only while the account exists: a late request of a deleted account must not write a name back. */
    void updateProfile(long id, String name, Language language) {
        jdbc.sql("UPDATE app_user SET name = :name, language = :language WHERE id = :id AND deleted_at IS NULL")
                .param("name", name)
                .param("language", language.code())
                .param("id", id)
                .update();
    }

    void updateLanguage(long id, Language language) {
        jdbc.sql("UPDATE app_user SET language = :language WHERE id = :id AND deleted_at IS NULL")
                .param("language", language.code())
                .param("id", id)
                .update();
    }

    /** A new password ends the account's open sessions (the stamp they compare with changes in the same statement). */
    void updatePassword(long id, String hash) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = :hash, credentials_version = credentials_version + 1
                WHERE id = :id AND deleted_at IS NULL
                """).param("hash", hash).param("id", id).update();
    }

    void markVerified(long id) {
        jdbc.sql("UPDATE app_user SET email_verified_at = :now WHERE id = :id AND email_verified_at IS NULL")
                .param("now", now())
                .param("id", id)
                .update();
    }

    void updateRole(long id, PersonKind kind, boolean admin, Long organisationId, Long departmentId) {
        jdbc.sql("""
                UPDATE app_user SET kind = :kind, admin = :admin, organisation_id = :org, department_id = :dep,
                    rights_version = rights_version + 1
                WHERE id = :id AND deleted_at IS NULL
                """)
                .param("kind", kind.code())
                .param("admin", admin)
                .param("org", organisationId)
                .param("dep", departmentId)
                .param("id", id)
                .update();
    }

    /** Removes everything that identifies the person; the row stays so their contributions keep an author. */
    void anonymise(long id) {
        jdbc.sql("""
                UPDATE app_user SET email = :email, name = '', password_hash = NULL, kind = 'citizen',
                    admin = FALSE, organisation_id = NULL, department_id = NULL, deleted_at = :now,
                    rights_version = rights_version + 1, credentials_version = credentials_version + 1
                WHERE id = :id
                """)
                .param("email", "deleted-" + id + "@deleted.invalid")
                .param("now", now())
                .param("id", id)
                .update();
    }

    private static String likePattern(String text) {
        String cleaned = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
        cleaned = cleaned.replace("\\", "").replace("%", "").replace("_", "");
        return "%" + cleaned + "%";
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        Long org = rs.getObject("organisation_id", Long.class);
        Long dep = rs.getObject("department_id", Long.class);
        return new Person(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("name"),
                Language.fromCode(rs.getString("language")).orElse(Language.IT),
                PersonKind.fromCode(rs.getString("kind")),
                rs.getBoolean("admin"),
                org,
                dep,
                rs.getObject("email_verified_at", OffsetDateTime.class),
                rs.getObject("deleted_at", OffsetDateTime.class));
    }
}
