package org.cocrea.pacts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Images;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of an instance and the organisation's, their maps' GeoJSON, the pact form, a pact's page with its
 * signatures and reports, the office's steps, and the PDF. Each request opens the instance once
 * ({@link OpenTool}); a refusal shows the page again with the form as typed (422), nothing stored.
 */
@Controller
class PactsController {
    static final String ID = "/pacts/{id:\\d+}";
    static final String ONE = ID + "/{pact:\\d+}";
    /** The organisation-wide register lists at most this many pacts, newest first. */
    static final int REGISTER_LIMIT = 200;

    private final PactService service;
    private final PactRepository pacts;
    private final Initiatives initiatives;
    private final Images images;
    private final PactPdf pdf;
    private final PactGeoJson geojson;

    PactsController(
            PactService service,
            PactRepository pacts,
            Initiatives initiatives,
            Images images,
            PactPdf pdf,
            PactGeoJson geojson) {
        this.service = service;
        this.pacts = pacts;
        this.initiatives = initiatives;
        this.images = images;
        this.pdf = pdf;
        this.geojson = geojson;
    }

    /** A filter value as chosen, or "" when it is not one of the known values. */
    private static String filter(String typed, List<String> known) {
        return typed != null && known.contains(typed) ? typed : "";
    }

    /** Published pacts of public initiatives (two statements: the pacts, then which initiatives are public). */
    private List<Pact> publicPacts(String state, String kind) {
        var all = pacts.published(state, kind, REGISTER_LIMIT);
        var readable = initiatives.readableInitiatives(
                all.stream().map(Pact::initiativeId).distinct().toList(), null);
        return all.stream().filter(p -> readable.contains(p.initiativeId())).toList();
    }

    @GetMapping("/pacts")
    String all(@RequestParam(required = false) String state, @RequestParam(required = false) String kind, Model model) {
        String s = filter(state, Pact.STATES);
        String k = filter(kind, Pact.GOOD_KINDS);
        var list = s.equals("draft") ? List.<Pact>of() : publicPacts(s, k);
        var ids = list.stream().map(Pact::id).toList();
        model.addAttribute(
                "page",
                new RegisterPage(
                        null, null, list, service.parties(ids), service.hours(ids), s, k, false, "/pacts", null));
        return "pacts/register";
    }

    @GetMapping("/pacts/map.geojson")
    ResponseEntity<String> allGeoJson(
            @RequestParam(required = false) String state, @RequestParam(required = false) String kind) {
        var list = publicPacts(filter(state, Pact.STATES), filter(kind, Pact.GOOD_KINDS));
        return geo(geojson.of(list, LocaleContextHolder.getLocale()), true);
    }

    private static ResponseEntity<String> geo(String body, boolean isPublic) {
        return ResponseEntity.ok()
                .cacheControl(
                        isPublic
                                ? CacheControl.noCache()
                                : CacheControl.noStore().cachePrivate())
                .contentType(MediaType.parseMediaType("application/geo+json;charset=UTF-8"))
                .body(body);
    }

    @GetMapping(ID)
    String list(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String kind,
            Model model) {
        String s = filter(state, Pact.STATES);
        String k = filter(kind, Pact.GOOD_KINDS);
        var list = service.register(access, s, k);
        var ids = list.stream().map(Pact::id).toList();
        model.addAttribute(
                "page",
                new RegisterPage(
                        access.initiative(),
                        access.instance(),
                        list,
                        service.parties(ids),
                        service.hours(ids),
                        s,
                        k,
                        access.may(PactsTool.PROPOSE),
                        "/pacts/" + access.id(),
                        area(access)));
        return "pacts/register";
    }

    @GetMapping(ID + "/map.geojson")
    ResponseEntity<String> geoJson(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String kind) {
        var list = service.register(access, filter(state, Pact.STATES), filter(kind, Pact.GOOD_KINDS)).stream()
                .filter(Pact::published)
                .toList();
        return geo(
                geojson.of(list, LocaleContextHolder.getLocale()),
                access.initiative().isPublic());
    }

    private static String area(ToolAccess access) {
        return access.initiative().areaOutline().isPresent()
                ? access.initiative().area()
                : null;
    }

    @GetMapping(ID + "/new")
    String form(@OpenTool(PactsTool.ID) ToolAccess access, Model model) {
        PactService.require(access, PactsTool.PROPOSE);
        return form(access, null, empty(access), model, null);
    }

    private PactForm empty(ToolAccess access) {
        long me = access.person().personId();
        var m = service.members(access.initiative());
        var person = m.people().get(me);
        boolean citizen = person != null && person.kind() != org.cocrea.accounts.PersonKind.PROFESSIONAL;
        Long officer = person != null && !citizen ? me : null;
        return PactForm.empty(service.today(), me, citizen, officer);
    }

    private String form(ToolAccess access, Pact pact, PactForm form, Model model, BindingResult errors) {
        var m = service.members(access.initiative());
        var candidates = m.people().values().stream()
                .filter(p -> m.roles().get(p.id()) != org.cocrea.initiatives.MemberRole.OBSERVER)
                .sorted(java.util.Comparator.comparing(org.cocrea.accounts.Person::name))
                .map(p -> new Candidate(p.id(), p.name(), p.kind() == org.cocrea.accounts.PersonKind.PROFESSIONAL))
                .toList();
        model.addAttribute("access", access);
        model.addAttribute("pact", pact);
        model.addAttribute("form", form);
        model.addAttribute("candidates", candidates);
        model.addAttribute("area", area(access));
        model.addAttribute("errors", errors);
        return "pacts/form";
    }

    @PostMapping(ID)
    String create(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @ModelAttribute("form") PactForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = service.create(access, form);
            redirect.addFlashAttribute("notice", "pacts.created");
            return "redirect:/pacts/" + access.id() + "/" + id;
        } catch (Refused refused) {
            return form(access, null, form, model, refused.shownAgain(response));
        }
    }

    @GetMapping(ONE + "/edit")
    String edit(@OpenTool(PactsTool.ID) ToolAccess access, @PathVariable("pact") long id, Model model) {
        var pact = service.find(access, id).orElseThrow(NotFound::new);
        if (!PactService.mayEdit(access, pact)) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.FORBIDDEN);
        }
        return form(access, pact, PactForms.of(pact, service.parties(pact)), model, null);
    }

    @PostMapping(ONE + "/edit")
    String update(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @PathVariable("pact") long id,
            @ModelAttribute("form") PactForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var pact = service.find(access, id).orElseThrow(NotFound::new);
        try {
            service.update(access, id, form);
            redirect.addFlashAttribute("notice", "pacts.updated");
            return "redirect:" + pact.path();
        } catch (Refused refused) {
            return form(access, pact, form, model, refused.shownAgain(response));
        }
    }

    @GetMapping(ONE)
    String show(@OpenTool(PactsTool.ID) ToolAccess access, @PathVariable("pact") long id, Model model) {
        return page(access, id, model, null, null, null);
    }

    @PostMapping(ONE + "/submit")
    String submit(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @PathVariable("pact") long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                access, id, model, response, redirect, "submit", "pacts.submitted", () -> service.submit(access, id));
    }

    @PostMapping(ONE + "/approve")
    String approve(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @PathVariable("pact") long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                access, id, model, response, redirect, "approve", "pacts.approved", () -> service.approve(access, id));
    }

    @PostMapping(ONE + "/act")
    String act(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @PathVariable("pact") long id,
            @RequestParam(required = false) String actNumber,
            @RequestParam(required = false) String actDate,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                access,
                id,
                model,
                response,
                redirect,
                "act",
                "pacts.acted",
                () -> service.act(access, id, actNumber, actDate),
                Map.of("actNumber", actNumber == null ? "" : actNumber, "actDate", actDate == null ? "" : actDate));
    }

    @PostMapping(ONE + "/sign")
    String sign(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @PathVariable("pact") long id,
            @RequestParam(required = false) String sha256,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var pact = service.find(access, id).orElseThrow(NotFound::new);
        try {
            boolean active = service.sign(access, id, sha256);
            redirect.addFlashAttribute("notice", active ? "pacts.signed.active" : "pacts.signed");
            return "redirect:" + pact.path();
        } catch (Refused refused) {
            return page(access, id, model, "sign", null, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/state")
    String state(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @PathVariable("pact") long id,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                access,
                id,
                model,
                response,
                redirect,
                "state",
                "pacts.state.changed",
                () -> service.change(access, id, to, reason),
                Map.of("reason", reason == null ? "" : reason, "to", to == null ? "" : to));
    }

    @PostMapping(ONE + "/reports")
    String report(
            @OpenTool(PactsTool.ID) ToolAccess access,
            @PathVariable("pact") long id,
            @ModelAttribute("reportForm") ReportForm form,
            @RequestParam(name = Images.FILE, required = false) MultipartFile image,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var pact = service.find(access, id).orElseThrow(NotFound::new);
        try {
            service.report(access, id, form, image);
            redirect.addFlashAttribute("notice", "pacts.reported");
            return "redirect:" + pact.path() + "#reports";
        } catch (Refused refused) {
            return page(access, id, model, "report", form, refused.shownAgain(response));
        }
    }

    @GetMapping(ONE + "/pact.pdf")
    ResponseEntity<byte[]> pdf(@OpenTool(PactsTool.ID) ToolAccess access, @PathVariable("pact") long id) {
        var pact = service.find(access, id).orElseThrow(NotFound::new);
        var parties = service.parties(pact);
        byte[] bytes = pdf.document(
                access.initiative().title(),
                pact,
                parties,
                service.signatures(pact),
                service.reports(pact),
                access.role() != null,
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .cacheControl(
                        access.initiative().isPublic() && pact.published()
                                ? CacheControl.noCache()
                                : CacheControl.noStore().cachePrivate())
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"pact-" + pact.id() + ".pdf\"")
                .body(bytes);
    }

    private String step(
            ToolAccess access,
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String failed,
            String notice,
            Runnable action) {
        return step(access, id, model, response, redirect, failed, notice, action, Map.of());
    }

    private String step(
            ToolAccess access,
            long id,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String failed,
            String notice,
            Runnable action,
            Map<String, String> typed) {
        var pact = service.find(access, id).orElseThrow(NotFound::new);
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:" + pact.path();
        } catch (Refused refused) {
            return page(access, id, model, failed, typed, refused.shownAgain(response));
        }
    }

    /** The pact's page; {@code failed} names the form a refusal came from, shown again as typed. */
    private String page(ToolAccess access, long id, Model model, String failed, Object typed, BindingResult errors) {
        var pact = service.find(access, id).orElseThrow(NotFound::new);
        var parties = service.parties(pact);
        var signatures = service.signatures(pact);
        var reports = service.reports(pact);
        var ids = new HashSet<Long>();
        reports.forEach(r -> ids.add(r.imageId()));
        Long me = access.person() == null ? null : access.person().personId();
        var myParty =
                parties.stream().filter(p -> me != null && p.personId() == me).findFirst();
        boolean signedCurrent = me != null && signatures.stream().anyMatch(s -> s.personId() == me && s.stillMatches());
        boolean party = myParty.isPresent() && access.may(PactsTool.TAKE_PART);
        model.addAttribute(
                "page",
                new PactPage(
                        access,
                        pact,
                        parties,
                        signatures,
                        reports,
                        ids.isEmpty() ? Map.of() : images.pictures(ids),
                        PactService.mayEdit(access, pact),
                        service.actsAsOffice(access),
                        party && pact.signable() && !signedCurrent,
                        party && myParty.get().reports() && pact.state().equals("active"),
                        signedCurrent,
                        area(access)));
        model.addAttribute(
                "reportForm", "report".equals(failed) ? (ReportForm) typed : ReportForm.empty(service.today()));
        @SuppressWarnings("unchecked")
        Map<String, String> values = typed instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
        model.addAttribute("typed", values);
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("errors", errors);
        model.addAttribute("today", service.today().toString());
        return "pacts/pact";
    }
}
