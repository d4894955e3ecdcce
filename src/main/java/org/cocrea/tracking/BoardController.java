package org.cocrea.tracking;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The organisation-wide page {@code /tracking}, "what happened to what we voted", and its exports: the results of
 * every public initiative, filtered by status and initiative, twenty a page. The same for everyone, signed in or not.
 */
@Controller
class BoardController {
    private final Board board;
    private final TrackingExport export;

    BoardController(Board board, TrackingExport export) {
        this.board = board;
        this.export = export;
    }

    @GetMapping("/tracking")
    String overview(
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "initiative", required = false) String initiative,
            @RequestParam(name = "page", required = false) String page,
            Model model) {
        model.addAttribute("overview", board.overview(status, number(initiative), pageNumber(page)));
        model.addAttribute("statuses", ResultStatus.values());
        return "tracking/overview";
    }

    @GetMapping("/tracking/export.csv")
    void csv(
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "initiative", required = false) String initiative,
            HttpServletResponse response)
            throws IOException {
        var instances = board.publicInstances();
        var owners = owners(instances);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"tracking.csv\"");
        export.csv(Board.chosen(instances, number(initiative)), owners, statusOf(status), response.getWriter());
    }

    @GetMapping("/tracking/export.json")
    void json(
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "initiative", required = false) String initiative,
            HttpServletResponse response)
            throws IOException {
        var instances = board.publicInstances();
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"tracking.json\"");
        export.json(
                "tracking",
                Board.chosen(instances, number(initiative)),
                owners(instances),
                statusOf(status),
                response.getWriter());
    }

    private static java.util.Map<Long, TrackingExport.Owner> owners(
            java.util.Map<Long, org.cocrea.initiatives.ToolReach> instances) {
        var owners = new HashMap<Long, TrackingExport.Owner>();
        instances.forEach(
                (id, r) -> owners.put(id, new TrackingExport.Owner(r.instance().initiativeId(), r.initiativeTitle())));
        return owners;
    }

    private static ResultStatus statusOf(String code) {
        return ResultStatus.fromCode(code == null ? "" : code.strip()).orElse(null);
    }

    /** A positive whole number as typed, or null (no filter). */
    private static Long number(String typed) {
        try {
            long n = Long.parseLong(typed == null ? "" : typed.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int pageNumber(String typed) {
        Long n = number(typed);
        return n == null || n > 100_000 ? 1 : n.intValue();
    }
}
