// Skip logic in the browser, as progressive enhancement: a question that depends on an earlier question of the same
// page is hidden until that question has one of the answers that show it, and its fields are disabled while hidden,
// so they are not sent. Without this script the question stays visible with a hint, and the server decides.
(function () {
  "use strict";
  function values(form, name) {
    var chosen = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name === name && (el.type === "radio" || el.type === "checkbox" ? el.checked : el.value !== "")) {
        chosen.push(el.value);
      }
    });
    return chosen;
  }
  function update(form) {
    form.querySelectorAll("[data-show-if]").forEach(function (box) {
      var wanted = (box.getAttribute("data-show-values") || "").split(" ");
      var shown = values(form, box.getAttribute("data-show-if")).some(function (v) {
        return wanted.indexOf(v) >= 0;
      });
      box.hidden = !shown;
      box.querySelectorAll("input, select, textarea").forEach(function (el) {
        el.disabled = !shown;
      });
      var hint = box.querySelector(".survey-only-if");
      if (hint) {
        hint.hidden = true;
      }
    });
  }
  document.querySelectorAll("form.survey-form").forEach(function (form) {
    update(form);
    form.addEventListener("change", function () {
      update(form);
    });
  });
})();
