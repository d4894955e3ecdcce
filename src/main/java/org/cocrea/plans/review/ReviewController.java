package org.cocrea.plans.review;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.plans.care.CareAccess;
import org.cocrea.plans.care.OpenPlanTool;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Review meetings; a refused record re-renders the page with 422, keeping what was typed. */
@Controller
class ReviewController {
    private final ReviewService reviews;

    private final java.time.ZoneId zone;

    ReviewController(ReviewService reviews, CocreaSettings settings) {
        // "today" for the date fields is the organisation's, not the server's UTC date
        this.zone = settings.timeZone();
        this.reviews = reviews;
    }

    @GetMapping("/plans/review/{id:\\d+}")
    String show(@PathVariable long id, @OpenPlanTool(ReviewTool.ID) CareAccess.Opened a, Model model) {
        return page(a, model, null, null);
    }

    @PostMapping("/plans/review/{id:\\d+}/reviews")
    String record(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(required = false) List<String> participants,
            @RequestParam(defaultValue = "") String summary,
            @RequestParam(defaultValue = "") String decisions,
            @RequestParam(defaultValue = "false") String nextCycle,
            @RequestParam(defaultValue = "") String nextReview,
            @OpenPlanTool(ReviewTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var form = new ReviewService.ReviewForm(
                heldOn, participants, summary, decisions, "true".equals(nextCycle), nextReview);
        try {
            reviews.record(a, form);
            redirect.addFlashAttribute("notice", form.nextCycle() ? "care.review.opened" : "care.review.saved");
            return "redirect:/plans/review/" + id;
        } catch (Refused problem) {
            return page(a, model, problem.shownAgain(response), form);
        }
    }

    private String page(CareAccess.Opened a, Model model, BindingResult errors, ReviewService.ReviewForm form) {
        String today = LocalDate.now(zone).toString();
        model.addAttribute("page", reviews.page(a));
        model.addAttribute("errors", errors);
        model.addAttribute("heldOn", form == null ? today : form.heldOn());
        model.addAttribute("chosen", form == null || form.participants() == null ? List.of() : form.participants());
        model.addAttribute("summary", form == null ? "" : form.summary());
        model.addAttribute("decisions", form == null ? "" : form.decisions());
        model.addAttribute("nextCycle", form != null && form.nextCycle());
        model.addAttribute("nextReview", form == null ? "" : form.nextReview());
        return "plans/review";
    }
}
