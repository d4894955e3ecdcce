package org.cocrea.ledger;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ledger's pages: a person's own contributions, an initiative's ledger and its CSV, an organisation's rates. */
@Controller
class LedgerController {
    private final LedgerService service;
    private final LedgerRepository ledger;
    private final TransactionTemplate readOnly;

    LedgerController(LedgerService service, LedgerRepository ledger, PlatformTransactionManager transactions) {
        this.service = service;
        this.ledger = ledger;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/ledger/mine")
    String mine(
            @RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("mine", service.mine(me, number(page)));
        return "ledger/mine";
    }

    @GetMapping("/ledger/initiatives/{id:\\d+}")
    String initiative(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var initiative = service.readable(id, me);
        model.addAttribute("ledger", service.of(initiative, me));
        return "ledger/initiative";
    }

    /**
     * The initiative's entries as CSV, written while they are read. People are named (and numbered) only for the
     * initiative's facilitators; every text cell a spreadsheet would read as a formula gets an apostrophe.
     */
    @GetMapping("/ledger/initiatives/{id:\\d+}/entries.csv")
    void export(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, HttpServletResponse response)
            throws IOException {
        var initiative = service.readable(id, me);
        boolean names = service.facilitates(initiative, me);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-initiative-" + id + ".csv\"");
        if (!initiative.isPublic() || names) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, Downloads.PRIVATE.getHeaderValue());
        }
        var header = names
                ? new String[] {"date", "phase", "tool", "side", "kind", "quantity", "unit", "person_id", "person"}
                : new String[] {"date", "phase", "tool", "side", "kind", "quantity", "unit"};
        var format = CSVFormat.RFC4180
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(header)
                .get();
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (var csv = new CSVPrinter(writer, format)) {
            readOnly.executeWithoutResult(status -> ledger.export(id, row -> {
                if (names) {
                    csv.printRecord(
                            row.on(),
                            row.phase().code(),
                            defused(row.toolId()),
                            LedgerRepository.code(row.side()),
                            LedgerRepository.code(row.kind()),
                            row.quantity().stripTrailingZeros().toPlainString(),
                            defused(row.unit()),
                            row.personId() == null ? "" : row.personId(),
                            defused(row.personName() == null ? "" : row.personName()));
                } else {
                    csv.printRecord(
                            row.on(),
                            row.phase().code(),
                            defused(row.toolId()),
                            LedgerRepository.code(row.side()),
                            LedgerRepository.code(row.kind()),
                            row.quantity().stripTrailingZeros().toPlainString(),
                            defused(row.unit()));
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A text a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets an apostrophe. */
    static String defused(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @GetMapping("/ledger/organisations/{id:\\d+}/rates")
    String rates(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var organisation = service.officerOf(id, me);
        return rates(service.rates(organisation), RateForm.empty(), null, model);
    }

    @PostMapping("/ledger/organisations/{id:\\d+}/rates")
    String setRate(
            @PathVariable long id,
            @ModelAttribute("form") RateForm form,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var organisation = service.officerOf(id, me);
        try {
            service.setRate(organisation, form, me);
            redirect.addFlashAttribute("notice", "ledger.rate.saved");
            return "redirect:/ledger/organisations/" + id + "/rates";
        } catch (Refused r) {
            return rates(service.rates(organisation), form, r.shownAgain(response), model);
        }
    }

    @PostMapping("/ledger/organisations/{id:\\d+}/rates/remove")
    String removeRate(
            @PathVariable long id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from,
            @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect) {
        var organisation = service.officerOf(id, me);
        boolean removed = service.removeRate(organisation, kind, from);
        redirect.addFlashAttribute("notice", removed ? "ledger.rate.removed" : "ledger.rate.none");
        return "redirect:/ledger/organisations/" + id + "/rates";
    }

    private String rates(RatesPage page, RateForm form, BindingResult errors, Model model) {
        model.addAttribute("rates", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "ledger/rates";
    }

    private static int number(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
