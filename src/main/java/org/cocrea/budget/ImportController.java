package org.cocrea.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading a Pabulib file on the manage page creates a draft budget's projects (and optionally its settings). */
@Controller
class ImportController {
    private final BudgetTool tool;
    private final PabulibImport importer;

    ImportController(BudgetTool tool, PabulibImport importer) {
        this.tool = tool;
        this.importer = importer;
    }

    @PostMapping("/budget/{id:\\d+}/import")
    String load(
            @OpenTool(BudgetTool.ID) ToolAccess budget,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "settings", required = false) String settings,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        List<Refused.Problem> problems;
        if (file != null && file.getSize() > PabulibImport.MAX_BYTES) {
            problems = List.of(
                    new Refused.Problem(null, "budget.import.tooLarge", PabulibImport.MAX_BYTES / (1024 * 1024)));
        } else {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            problems = importer.load(budget, name, bytes, "true".equals(settings));
        }
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("notice", "budget.import.done");
            return "redirect:/budget/" + budget.id() + "/manage";
        }
        return tool.managePage(budget, model, null, new Refused(problems).shownAgain(response));
    }
}
