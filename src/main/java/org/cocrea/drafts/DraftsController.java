package org.cocrea.drafts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.comments.CommentTarget;
import org.cocrea.comments.Comments;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a shared drafts instance: its documents, a document being written (text, co-authors, publishing),
 * a published document (current version, amendments page by page), the amendment form and page (supports,
 * decision), the versions, any two compared, and the PDF. Every handler opens the instance once.
 */
@Controller
class DraftsController {
    static final int PAGE = 20;
    /** The comments module's word for what its threads here are about. */
    static final String KIND = "amendment";

    private static final String ID = "/drafts/{id:\\d+}";
    private static final String DOC = ID + "/{doc:\\d+}";

    private final DraftService service;
    private final DraftRepository drafts;
    private final Accounts accounts;
    private final Initiatives initiatives;
    private final DraftPdf pdf;
    private final Comments comments;

    DraftsController(
            DraftService service,
            DraftRepository drafts,
            Accounts accounts,
            Initiatives initiatives,
            DraftPdf pdf,
            Comments comments) {
        this.comments = comments;
        this.service = service;
        this.drafts = drafts;
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.pdf = pdf;
    }

    private static String base(ToolAccess a) {
        return "/drafts/" + a.id();
    }

    private static String base(ToolAccess a, Document d) {
        return base(a) + "/" + d.id();
    }

    private void common(ToolAccess a, Model model) {
        model.addAttribute("initiative", a.initiative());
        model.addAttribute("instance", a.instance());
    }

    private Map<Long, String> names(Collection<Long> ids) {
        var wanted = new HashSet<Long>(ids);
        wanted.remove(null);
        var names = new LinkedHashMap<Long, String>();
        if (!wanted.isEmpty()) {
            accounts.people(wanted).forEach((id, p) -> names.put(id, p.deletedAt() == null ? p.name() : ""));
        }
        return names;
    }

    // The instance's documents and settings.

    @GetMapping(ID)
    String list(@OpenTool(DraftsTool.ID) ToolAccess a, Model model) {
        return listPage(a, model, null);
    }

    private String listPage(ToolAccess a, Model model, BindingResult errors) {
        common(a, model);
        var documents = drafts.documents(a.id(), DraftService.me(a));
        model.addAttribute("documents", documents);
        model.addAttribute(
                "names", names(documents.stream().map(Document::authorId).toList()));
        model.addAttribute("mayStart", service.mayStart(a));
        model.addAttribute("mayManage", a.may(DraftsTool.DECIDE));
        model.addAttribute("membersStart", drafts.membersStart(a.id()));
        model.addAttribute("errors", errors);
        return "drafts/list";
    }

    @PostMapping(ID + "/settings")
    String settings(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @RequestParam(required = false) String membersStart,
            RedirectAttributes redirect) {
        service.saveSettings(a, "true".equals(membersStart));
        redirect.addFlashAttribute("notice", "drafts.settings.saved");
        return "redirect:" + base(a);
    }

    @GetMapping(ID + "/new")
    String newForm(@OpenTool(DraftsTool.ID) ToolAccess a, Model model) {
        if (!service.mayStart(a)) {
            throw DraftService.forbidden();
        }
        return newPage(a, model, DraftForm.empty(), null);
    }

    private String newPage(ToolAccess a, Model model, DraftForm form, BindingResult errors) {
        common(a, model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "drafts/new";
    }

    @PostMapping(ID + "/new")
    String create(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @ModelAttribute("form") DraftForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = service.start(a, form);
            redirect.addFlashAttribute("notice", "drafts.created");
            return "redirect:" + base(a) + "/" + id;
        } catch (Refused r) {
            return newPage(a, model, form, r.shownAgain(response));
        }
    }

    // One document.

    @GetMapping(DOC)
    String document(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String page,
            Model model) {
        var d = service.readable(a, doc);
        return d.editing()
                ? editingPage(a, d, model, DraftForm.of(d), null)
                : documentPage(a, d, status, page, model, null);
    }

    private String editingPage(ToolAccess a, Document d, Model model, DraftForm form, BindingResult errors) {
        common(a, model);
        var coauthors = drafts.coauthors(d.id());
        Map<Long, MemberRole> roles = initiatives.roles(a.initiative().id());
        var ids = new ArrayList<Long>(roles.keySet());
        ids.add(d.authorId());
        var names = names(ids);
        var choices = new LinkedHashMap<Long, String>();
        roles.forEach((id, role) -> {
            if (role != MemberRole.OBSERVER
                    && role != MemberRole.PROXY
                    && !id.equals(d.authorId())
                    && !coauthors.contains(id)
                    && names.containsKey(id)) {
                choices.put(id, names.get(id));
            }
        });
        model.addAttribute("doc", d);
        model.addAttribute("coauthors", coauthors);
        model.addAttribute("names", names);
        model.addAttribute("choices", choices);
        model.addAttribute("isAuthor", d.authorId() != null && d.authorId().equals(DraftService.me(a)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "drafts/editing";
    }

    private String documentPage(
            ToolAccess a, Document d, String status, String page, Model model, BindingResult errors) {
        common(a, model);
        String filter =
                status != null && List.of("open", "accepted", "rejected").contains(status) ? status : "";
        int p = (int) Math.max(1, Math.min(100_000, DraftService.number(page)));
        var amendments = drafts.amendments(d.id(), DraftService.me(a), filter, (p - 1) * PAGE, PAGE + 1);
        boolean hasNext = amendments.size() > PAGE;
        amendments = amendments.subList(0, Math.min(PAGE, amendments.size()));
        var people = new ArrayList<Long>();
        people.add(d.authorId());
        amendments.forEach(x -> people.add(x.authorId()));
        model.addAttribute("doc", d);
        model.addAttribute("items", drafts.items(d.id(), d.currentVersion()));
        model.addAttribute("openCounts", drafts.openByParagraph(d.id()));
        model.addAttribute("amendments", amendments);
        model.addAttribute(
                "commentCounts",
                comments.counts(a, KIND, amendments.stream().map(Amendment::id).toList()));
        model.addAttribute("names", names(people));
        model.addAttribute("status", filter);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", hasNext);
        model.addAttribute("mayAmend", d.open() && a.may(DraftsTool.AMEND));
        model.addAttribute("mayDecide", d.open() && a.may(DraftsTool.DECIDE));
        model.addAttribute("errors", errors);
        return "drafts/document";
    }

    /** After a refused change to a document: its page again, with the refusal. */
    private String documentAgain(ToolAccess a, Document d, Model model, Refused r, HttpServletResponse response) {
        var fresh = drafts.document(a.id(), d.id()).orElseThrow(NotFound::new);
        return fresh.editing()
                ? editingPage(a, fresh, model, DraftForm.of(fresh), r.shownAgain(response))
                : documentPage(a, fresh, null, null, model, r.shownAgain(response));
    }

    @PostMapping(DOC + "/text")
    String saveText(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @ModelAttribute("form") DraftForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            service.saveText(a, d, form);
            redirect.addFlashAttribute("notice", "drafts.text.saved");
            return "redirect:" + base(a, d);
        } catch (Refused r) {
            if (!d.editing()) {
                return documentAgain(a, d, model, r, response);
            }
            var fresh = drafts.document(a.id(), d.id()).orElseThrow(NotFound::new);
            // What was typed is kept; the edition becomes the latest, so saving again overwrites knowingly.
            var kept = new DraftForm(form.title(), form.text(), String.valueOf(fresh.edition()));
            return editingPage(a, fresh, model, kept, r.shownAgain(response));
        }
    }

    @PostMapping(DOC + "/coauthors")
    String addCoauthor(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @RequestParam(required = false) String person,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            service.addCoauthor(a, d, person);
            redirect.addFlashAttribute("notice", "drafts.coauthor.added");
            return "redirect:" + base(a, d);
        } catch (Refused r) {
            return documentAgain(a, d, model, r, response);
        }
    }

    @PostMapping(DOC + "/coauthors/{person:\\d+}/remove")
    String removeCoauthor(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @PathVariable long person,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            service.removeCoauthor(a, d, person);
            redirect.addFlashAttribute("notice", "drafts.coauthor.removed");
            return "redirect:" + base(a, d);
        } catch (Refused r) {
            return documentAgain(a, d, model, r, response);
        }
    }

    @PostMapping(DOC + "/publish")
    String publish(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            service.publish(a, d);
            redirect.addFlashAttribute("notice", "drafts.published");
            return "redirect:" + base(a, d);
        } catch (Refused r) {
            return documentAgain(a, d, model, r, response);
        }
    }

    @PostMapping(DOC + "/final")
    String makeFinal(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            service.makeFinal(a, d);
            redirect.addFlashAttribute("notice", "drafts.final.done");
            return "redirect:" + base(a, d);
        } catch (Refused r) {
            return documentAgain(a, d, model, r, response);
        }
    }

    @GetMapping(DOC + "/document.pdf")
    ResponseEntity<byte[]> pdf(@OpenTool(DraftsTool.ID) ToolAccess a, @PathVariable long doc) {
        var d = service.readable(a, doc);
        if (d.editing()) {
            throw new NotFound();
        }
        byte[] bytes = pdf.document(
                a.initiative().title(), d, drafts.items(d.id(), d.currentVersion()), LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .cacheControl(
                        a.initiative().isPublic()
                                ? CacheControl.noCache()
                                : CacheControl.noStore().cachePrivate())
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("draft-" + d.id() + "-v" + d.currentVersion() + ".pdf")
                                .build()
                                .toString())
                .body(bytes);
    }

    // Amendments.

    @GetMapping(DOC + "/paragraphs/{paragraph:\\d+}/amend")
    String amendForm(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @PathVariable long paragraph,
            Model model,
            HttpServletResponse response) {
        var d = service.readable(a, doc);
        if (!a.may(DraftsTool.AMEND)) {
            throw DraftService.forbidden();
        }
        try {
            if (!d.open()) {
                throw new Refused(null, "drafts.notOpen");
            }
            var item = service.current(d, paragraph, "body");
            return amendPage(a, d, item, model, AmendmentForm.against(item), null);
        } catch (Refused r) {
            return amendPage(a, d, null, model, new AmendmentForm("", "", "", ""), r.shownAgain(response));
        }
    }

    private String amendPage(
            ToolAccess a, Document d, Item item, Model model, AmendmentForm form, BindingResult errors) {
        common(a, model);
        model.addAttribute("doc", d);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "drafts/amend";
    }

    @PostMapping(DOC + "/paragraphs/{paragraph:\\d+}/amend")
    String propose(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @PathVariable long paragraph,
            @ModelAttribute("form") AmendmentForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            long id = service.propose(a, d, paragraph, form);
            redirect.addFlashAttribute("notice", "drafts.amend.done");
            return "redirect:" + base(a, d) + "/amendments/" + id;
        } catch (Refused r) {
            var errors = r.shownAgain(response);
            Item item = null;
            try {
                item = d.open() ? service.current(d, paragraph, "body") : null;
            } catch (Refused gone) {
                gone.addTo(errors);
            }
            // The current text's id: sending again after reading what changed is a knowing amendment of it.
            return amendPage(a, d, item, model, item == null ? form : form.withBase(item.textId()), errors);
        }
    }

    @GetMapping(DOC + "/amendments/{amendment:\\d+}")
    String amendment(
            @OpenTool(DraftsTool.ID) ToolAccess a, @PathVariable long doc, @PathVariable long amendment, Model model) {
        var d = service.readable(a, doc);
        return amendmentPage(a, d, amendment, model, DecisionForm.empty(), null);
    }

    private String amendmentPage(
            ToolAccess a, Document d, long id, Model model, DecisionForm form, BindingResult errors) {
        common(a, model);
        var amendment = drafts.amendment(d.id(), id, DraftService.me(a)).orElseThrow(NotFound::new);
        var current = drafts.currentItem(d.id(), d.currentVersion(), amendment.paragraphId());
        model.addAttribute("doc", d);
        model.addAttribute("amendment", amendment);
        model.addAttribute("names", names(List.of(amendment.authorId() == null ? -1L : amendment.authorId())));
        model.addAttribute(
                "stale", current.map(c -> c.textId() != amendment.baseTextId()).orElse(true));
        model.addAttribute("maySupport", d.open() && amendment.isOpen() && a.may(DraftsTool.SUPPORT));
        model.addAttribute("mayDecide", d.open() && amendment.isOpen() && a.may(DraftsTool.DECIDE));
        model.addAttribute("comments", comments.thread(CommentTarget.of(a, KIND, amendment.id()), a));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "drafts/amendment";
    }

    @PostMapping(DOC + "/amendments/{amendment:\\d+}/support")
    String support(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @PathVariable long amendment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return supporting(a, doc, amendment, true, model, response, redirect);
    }

    @PostMapping(DOC + "/amendments/{amendment:\\d+}/unsupport")
    String unsupport(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @PathVariable long amendment,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return supporting(a, doc, amendment, false, model, response, redirect);
    }

    private String supporting(
            ToolAccess a,
            long doc,
            long amendment,
            boolean support,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            service.support(a, d, amendment, support);
            redirect.addFlashAttribute("notice", support ? "drafts.support.done" : "drafts.support.withdrawn");
            return "redirect:" + base(a, d) + "/amendments/" + amendment;
        } catch (Refused r) {
            return amendmentPage(a, d, amendment, model, DecisionForm.empty(), r.shownAgain(response));
        }
    }

    @PostMapping(DOC + "/amendments/{amendment:\\d+}/decide")
    String decide(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @PathVariable long amendment,
            @ModelAttribute("form") DecisionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var d = service.readable(a, doc);
        try {
            service.decide(a, d, amendment, form);
            boolean accepted = "accept".equals(form.decision());
            redirect.addFlashAttribute("notice", accepted ? "drafts.decision.accepted" : "drafts.decision.rejected");
            var now = drafts.document(a.id(), d.id()).orElseThrow(NotFound::new);
            return "redirect:" + base(a, d)
                    + (accepted ? "/versions/" + now.currentVersion() : "/amendments/" + amendment);
        } catch (Refused r) {
            var fresh = drafts.document(a.id(), d.id()).orElseThrow(NotFound::new);
            return amendmentPage(a, fresh, amendment, model, form, r.shownAgain(response));
        }
    }

    // Versions.

    @GetMapping(DOC + "/versions")
    String versions(@OpenTool(DraftsTool.ID) ToolAccess a, @PathVariable long doc, Model model) {
        var d = service.readable(a, doc);
        return versionsPage(a, d, model, null);
    }

    private String versionsPage(ToolAccess a, Document d, Model model, BindingResult errors) {
        common(a, model);
        model.addAttribute("doc", d);
        model.addAttribute("versions", drafts.versions(d.id()));
        model.addAttribute("errors", errors);
        return "drafts/versions";
    }

    @GetMapping(DOC + "/versions/{n:\\d{1,9}}")
    String version(@OpenTool(DraftsTool.ID) ToolAccess a, @PathVariable long doc, @PathVariable int n, Model model) {
        var d = service.readable(a, doc);
        var version = drafts.version(d.id(), n).orElseThrow(NotFound::new);
        var to = drafts.items(d.id(), n);
        var from = n > 1 ? drafts.items(d.id(), n - 1) : to;
        return comparePage(a, d, model, n > 1 ? n - 1 : null, version, Diff.versions(from, to));
    }

    @GetMapping(DOC + "/compare")
    String compare(
            @OpenTool(DraftsTool.ID) ToolAccess a,
            @PathVariable long doc,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            HttpServletResponse response) {
        var d = service.readable(a, doc);
        long f = DraftService.number(from);
        long t = DraftService.number(to);
        if (d.editing() || f < 1 || t < 1 || f > d.currentVersion() || t > d.currentVersion()) {
            return versionsPage(a, d, model, new Refused("from", "drafts.compare.choose").shownAgain(response));
        }
        var version = drafts.version(d.id(), (int) t).orElseThrow(NotFound::new);
        var paragraphs = Diff.versions(drafts.items(d.id(), (int) f), drafts.items(d.id(), (int) t));
        return comparePage(a, d, model, (int) f, version, paragraphs);
    }

    private String comparePage(
            ToolAccess a, Document d, Model model, Integer from, Version to, List<Diff.Paragraph> paragraphs) {
        common(a, model);
        model.addAttribute("doc", d);
        model.addAttribute("from", from);
        model.addAttribute("version", to);
        model.addAttribute("paragraphs", paragraphs);
        model.addAttribute(
                "changes", paragraphs.stream().filter(Diff.Paragraph::changed).count());
        return "drafts/version";
    }
}
