package org.cocrea.opinions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.opinions.analysis.Conversation;
import org.cocrea.opinions.analysis.MalformedExportException;
import org.cocrea.opinions.analysis.PolisExport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A Polis export in and out. In: {@code comments.csv} and {@code participants-votes.csv} ({@code votes.csv} when
 * given, whose later votes replace earlier ones), read by {@link PolisExport}, into a conversation that has no
 * statements yet; imported participants are not accounts but opaque keys ({@code polis:<id>}). Out: the three files
 * in a zip, participants numbered 0..n-1 in a random order and statements 0..m-1 in the order they were added,
 * so neither says who took part; a cell a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
@Component
class PolisTransfer {
    static final int MAX_TEXT = 2000;

    private final OpinionRepository repository;

    PolisTransfer(OpinionRepository repository) {
        this.repository = repository;
    }

    /** Imports the files; returns the number of statements imported. */
    @Transactional
    int importFiles(ToolAccess access, MultipartFile comments, MultipartFile participantsVotes, MultipartFile votes) {
        OpinionsService.require(access, OpinionsTool.MODERATE);
        if (comments == null || comments.isEmpty()) {
            throw new org.cocrea.platform.Refused("comments", "opinions.import.missing");
        }
        if (participantsVotes == null || participantsVotes.isEmpty()) {
            throw new org.cocrea.platform.Refused("participantsVotes", "opinions.import.missing");
        }
        PolisExport.Export export;
        try (Reader c = reader(comments);
                Reader p = reader(participantsVotes);
                Reader v = votes == null || votes.isEmpty() ? null : reader(votes)) {
            export = PolisExport.read(c, p, v);
        } catch (MalformedExportException e) {
            throw new org.cocrea.platform.Refused(field(e.file()), "opinions.import.malformed", e.getMessage());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new org.cocrea.platform.Refused("comments", "opinions.import.unreadable");
        }
        long instance = access.id();
        repository.lock(instance);
        if (repository.counts(instance).published() > 0
                || !repository.statements(instance, true).isEmpty()) {
            throw new org.cocrea.platform.Refused("comments", "opinions.import.notEmpty");
        }
        for (var s : export.statements()) {
            String text = Texts.cleaned(s.text());
            if (text.isEmpty() || text.length() > MAX_TEXT || Texts.hasControl(s.text())) {
                throw new org.cocrea.platform.Refused("comments", "opinions.import.text", s.id());
            }
        }
        store(instance, export);
        return export.statements().size();
    }

    /** Stores an export read elsewhere (the demo's): statements, anonymous participants, the last vote of each. */
    void store(long instance, PolisExport.Export export) {
        repository.ensure(instance);
        var at = OpinionRepository.now();
        Conversation c = export.conversation();
        var statementIds = new long[export.statements().size()];
        for (int i = 0; i < statementIds.length; i++) {
            var s = export.statements().get(i);
            String text = Texts.cleaned(s.text());
            statementIds[i] = repository.addStatement(
                    instance,
                    null,
                    false,
                    text,
                    Texts.normalised(text),
                    s.moderatedOut() ? "rejected" : "published",
                    s.id(),
                    at);
        }
        var keys = c.participants().stream().map(id -> "polis:" + id).toList();
        var participantIds = repository.anonymousParticipants(instance, keys);
        // the last vote of each participant on each statement, as the Conversation reads them
        Map<Long, Integer> last = new LinkedHashMap<>();
        for (int i = 0; i < c.value().length; i++) {
            last.put(((long) c.participant()[i] << 32) | c.statement()[i], (int) c.value()[i]);
        }
        var rows = new ArrayList<OpinionRepository.VoteRow>(last.size());
        last.forEach((key, vote) -> rows.add(new OpinionRepository.VoteRow(
                participantIds.get(keys.get((int) (key >>> 32))), statementIds[(int) (key & 0xffffffffL)], vote, at)));
        repository.insertVotes(instance, rows);
        repository.markStale(instance);
    }

    /** The conversation as a zip of the three Polis files. */
    byte[] exportZip(ToolAccess access) {
        OpinionsService.require(access, OpinionsTool.MODERATE);
        long instance = access.id();
        var statements = repository.statements(instance, true).stream()
                .filter(s -> !s.pending())
                .toList();
        var votes = repository.votesForExport(instance);
        var participants = new ArrayList<Long>(votes.stream()
                .map(OpinionRepository.VoteRow::participant)
                .distinct()
                .toList());
        Collections.shuffle(participants, new Random());
        Map<Long, Integer> participantNumber = new HashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            participantNumber.put(participants.get(i), i);
        }
        Map<Long, Integer> statementNumber = new HashMap<>();
        var exported = new ArrayList<PolisExport.Statement>();
        for (int i = 0; i < statements.size(); i++) {
            var s = statements.get(i);
            statementNumber.put(s.id(), i);
            exported.add(new PolisExport.Statement(String.valueOf(i), "", defused(s.body()), s.published() ? 1 : -1));
        }
        var kept = votes.stream()
                .filter(v -> statementNumber.containsKey(v.statement()))
                .toList();
        int[] p = new int[kept.size()];
        int[] st = new int[kept.size()];
        byte[] v = new byte[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            p[i] = participantNumber.get(kept.get(i).participant());
            st[i] = statementNumber.get(kept.get(i).statement());
            v[i] = (byte) kept.get(i).vote();
        }
        var conversation = new Conversation(
                participants.stream()
                        .map(id -> String.valueOf(participantNumber.get(id)))
                        .toList(),
                exported.stream().map(PolisExport.Statement::id).toList(),
                p,
                st,
                v);
        var c = new StringWriter();
        var pv = new StringWriter();
        var vv = new StringWriter();
        PolisExport.write(new PolisExport.Export(conversation, exported, Map.of()), c, pv, vv);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, PolisExport.COMMENTS, c.toString());
            entry(zip, PolisExport.PARTICIPANTS_VOTES, pv.toString());
            entry(zip, PolisExport.VOTES, vv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A text a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets an apostrophe. */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Reader reader(MultipartFile file) throws IOException {
        return new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
    }

    private static String field(String file) {
        if (PolisExport.PARTICIPANTS_VOTES.equals(file)) {
            return "participantsVotes";
        }
        return PolisExport.VOTES.equals(file) ? "votes" : "comments";
    }
}
