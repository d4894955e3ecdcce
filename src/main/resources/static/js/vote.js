// Dot ballots: shows how many points are left while the voter types. The server checks the ballot anyway;
// without this script the form works the same.
(function () {
  "use strict";
  function update(form) {
    var total = parseInt(form.getAttribute("data-points"), 10);
    var used = 0;
    form.querySelectorAll("input[type=number]").forEach(function (input) {
      var n = parseInt(input.value, 10);
      if (!isNaN(n) && n > 0) {
        used += n;
      }
    });
    var left = document.getElementById("points-left");
    if (left) {
      left.textContent = left.getAttribute("data-template").replace("{0}", String(total - used));
      left.classList.toggle("error", used > total);
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-points]").forEach(function (form) {
      form.addEventListener("input", function () {
        update(form);
      });
      update(form);
    });
  });
})();
