package org.cocrea.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Online backups of the embedded H2 database ({@code BACKUP TO}, consistent while Cocrea runs), kept
 * in {@code <data-dir>/backups}. PostgreSQL installations use pg_dump instead (see the README).
 */
@Component
public class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final DataSource dataSource;
    private final Path directory;

    @Autowired
    Backups(DataSource dataSource, CocreaSettings settings) {
        this(dataSource, settings.dataDir().toString());
    }

    Backups(DataSource dataSource, String dataDir) {
        this.dataSource = dataSource;
        this.directory = Path.of(dataDir, "backups");
    }

    public boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("H2");
        } catch (SQLException e) {
            return false;
        }
    }

    /** Writes a zip of the whole embedded database and returns its path. */
    public Path backUp() throws IOException, SQLException {
        if (!embedded()) {
            throw new IllegalStateException("Online backups from Cocrea are for the embedded database; use pg_dump");
        }
        Files.createDirectories(directory);
        Path target = directory.resolve("cocrea-" + LocalDateTime.now().format(STAMP) + ".zip");
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("BACKUP TO ?")) {
            statement.setString(1, target.toAbsolutePath().toString());
            statement.execute();
        }
        return target;
    }

    public List<Path> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
                    .toList();
        }
    }
}
