package org.cocrea.opinions.analysis;

/**
 * A Polis export that cannot be read: a missing file or column, a ragged row, a vote not in {-1, 0, 1, empty}, a
 * duplicate participant. The message names the file and the line (1 = the header), in plain words.
 */
public final class MalformedExportException extends RuntimeException {
    private final String file;
    private final long line;

    public MalformedExportException(String file, long line, String problem) {
        super(file + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file's name, e.g. {@code participants-votes.csv}. */
    public String file() {
        return file;
    }

    /** The line of the file (1 = the header), or 0 when the whole file is at fault (e.g. missing). */
    public long line() {
        return line;
    }
}
