package org.cocrea.voting.pabulib;

/** A malformed Pabulib file; the message names the file and the offending line. */
public final class PabulibFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;

    public PabulibFormatException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
