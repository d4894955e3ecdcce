package org.cocrea.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SessionController {

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error, Model model) {
        String problem = null;
        if (error != null) {
            problem = "wait".equals(error) ? "login.wait" : "login.failed";
        }
        model.addAttribute("problem", problem);
        // After a failed attempt the email comes back as a flash attribute, so the form is kept.
        if (!(model.getAttribute("email") instanceof String)) {
            model.addAttribute("email", "");
        }
        return "accounts/login";
    }
}
