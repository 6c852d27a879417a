// Dossier web app: the only script, served from the binary under /static/ (the
// Content-Security-Policy allows no other). Pages work without it; it only adds conveniences.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // "/" focuses the search box, as on many sites.
  var box = document.querySelector("header.top input[type=search]");
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && box && document.activeElement !== box) {
      e.preventDefault();
      box.focus();
    }
  });
  // Filter selects submit their form on change.
  document.querySelectorAll("form.filters select").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
  // Bring the highlighted sentence to the middle of the screen.
  var hl = document.getElementById("hl");
  if (hl && hl.scrollIntoView) { hl.scrollIntoView({ block: "center" }); }
  document.body.setAttribute("data-js", "ready");
});
