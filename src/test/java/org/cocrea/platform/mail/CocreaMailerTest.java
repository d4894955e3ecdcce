package org.cocrea.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.cocrea.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With a mail server configured mail goes out over SMTP (and waits in the outbox when the server refuses it);
 * without one it goes to the dev mailbox in demo mode, and to the outbox otherwise. The log never shows a token.
 */
@ExtendWith(OutputCaptureExtension.class)
class CocreaMailerTest {
    static final String TOKEN = "Zx9-Kq_0123456789abcdefghijklmnopqrstuvwxyzA";

    private final JdbcClient jdbc = JdbcClient.create(TestDatabases.h2());

    private CocreaMailer mailer(JavaMailSender smtp, boolean devMailbox) {
        var beans = new StaticListableBeanFactory(smtp == null ? Map.of() : Map.of("smtp", smtp));
        return new CocreaMailer(
                beans.getBeanProvider(JavaMailSender.class),
                new MailSettings(smtp != null, devMailbox),
                new DevMailbox(jdbc),
                new MailOutbox(jdbc),
                org.cocrea.platform.JobLockAccess.on(jdbc),
                "cocrea@comune.example");
    }

    @Test
    void withAServerConfiguredTheMailGoesOutOverSmtp() throws Exception {
        try (var server = new ServerSocket(0)) {
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> receiveOne(server));
            var smtp = new JavaMailSenderImpl();
            smtp.setHost("127.0.0.1");
            smtp.setPort(server.getLocalPort());
            smtp.setDefaultEncoding("UTF-8");

            mailer(smtp, false).send("mario@example.org", "Conferma l'indirizzo", "Apri /verify?token=abc");

            List<String> dialogue = received.get(20, TimeUnit.SECONDS);
            String all = String.join("\n", dialogue);
            assertThat(dialogue).contains("MAIL FROM:<cocrea@comune.example>", "RCPT TO:<mario@example.org>");
            assertThat(all).contains("To: mario@example.org").contains("Apri /verify?token=abc");
            assertThat(all).containsPattern("Subject: (Conferma l'indirizzo|=\\?UTF-8\\?.*)");
        }
    }

    @Test
    void anUnreachableServerIsLoggedAndTheCallerCarriesOn(CapturedOutput output) throws Exception {
        int closedPort;
        try (var probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        var smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(closedPort);

        var outbox = new MailOutbox(jdbc);
        long before = outbox.count();
        assertThatCode(() -> mailer(smtp, false).send("mario@example.org", "Reset", "link"))
                .doesNotThrowAnyException();
        assertThat(output.getOut()).contains("Could not send mail 'Reset' to mario@example.org");
        assertThat(outbox.count()).as("kept for a retry").isEqualTo(before + 1);
    }

    @Test
    void inDemoModeWithoutAServerTheMailIsKeptInTheDevMailboxAndLoggedWithoutItsToken(CapturedOutput output) {
        mailer(null, true).send("anna@example.org", "Welcome", "Confirm: /verify?token=" + TOKEN);

        assertThat(output.getOut())
                .contains("anna@example.org")
                .contains("Welcome")
                .contains("Confirm: /verify?token=[hidden]")
                .doesNotContain(TOKEN);
        assertThat(new DevMailbox(jdbc).to("anna@example.org"))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).isEqualTo("Confirm: /verify?token=" + TOKEN));
    }

    /** Issue 11, finding 4: in production without a server, no dev mailbox: the mail waits, unseen, in the outbox. */
    @Test
    void finding4_inProductionWithoutAServerMailIsQueuedNotKeptInTheDevMailboxNorLogged(CapturedOutput output) {
        var outbox = new MailOutbox(jdbc);
        long before = outbox.count();

        mailer(null, false).send("bruno@example.org", "Reset", "Open /password/reset?token=" + TOKEN);

        assertThat(new DevMailbox(jdbc).to("bruno@example.org"))
                .as("the dev mailbox")
                .isEmpty();
        assertThat(outbox.count()).isEqualTo(before + 1);
        assertThat(output.getOut()).contains("queued").doesNotContain(TOKEN).doesNotContain("/password/reset");
        assertThat(new MailHealthIndicator(new MailSettings(false, false), outbox).health())
                .satisfies(health -> {
                    assertThat(health.getStatus().getCode()).isEqualTo("UNKNOWN");
                    assertThat(health.getDetails()).containsEntry("queued", before + 1);
                });
    }

    @Test
    void queuedMailGoesOutOnceAServerTakesIt() throws Exception {
        var outbox = new MailOutbox(jdbc);
        jdbc.sql("DELETE FROM mail_outbox").update();
        mailer(null, false).send("carla@example.org", "Queued", "Waiting for a server");
        assertThat(outbox.count()).isEqualTo(1);
        try (var server = new ServerSocket(0)) {
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> receiveOne(server));
            var smtp = new JavaMailSenderImpl();
            smtp.setHost("127.0.0.1");
            smtp.setPort(server.getLocalPort());
            mailer(smtp, false).deliverQueued();
            assertThat(String.join("\n", received.get(20, TimeUnit.SECONDS))).contains("RCPT TO:<carla@example.org>");
        }
        assertThat(outbox.count()).isZero();
    }

    /** The server side of one SMTP conversation, enough for JavaMail: returns every line the client sent. */
    private static List<String> receiveOne(ServerSocket server) {
        var lines = new ArrayList<String>();
        try (Socket socket = server.accept();
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            reply(out, "220 test ESMTP");
            boolean data = false;
            for (String line; (line = in.readLine()) != null; ) {
                lines.add(line);
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        reply(out, "250 queued");
                    }
                } else if (line.startsWith("EHLO") || line.startsWith("HELO")) {
                    reply(out, "250 test");
                } else if (line.equals("DATA")) {
                    data = true;
                    reply(out, "354 go ahead");
                } else if (line.equals("QUIT")) {
                    reply(out, "221 bye");
                    break;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return lines;
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }
}
