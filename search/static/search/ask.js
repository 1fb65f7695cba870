// The assistant's page, enhanced: a question (typed, or one of the examples) is answered in place.
// The answer is the page the server renders for the same address, so nothing is drawn twice; without
// this script the form and the links load that page whole.
(function () {
  "use strict";
  var form = document.getElementById("ask-form");
  var region = document.getElementById("ask-answer");
  if (!form || !region || !window.fetch || !window.DOMParser) return;

  function show(url, push) {
    region.setAttribute("aria-busy", "true");
    return fetch(url, { headers: { Accept: "text/html" }, credentials: "same-origin" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var answer = page.getElementById("ask-answer");
        var fresh = page.getElementById("ask-form");
        if (!answer || !fresh) { window.location.assign(url); return; }
        region.innerHTML = answer.innerHTML;
        form.innerHTML = fresh.innerHTML;
        document.title = page.title;
        if (push) window.history.pushState({ ask: true }, "", url);
        var heading = region.querySelector("h2");
        if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
      })
      .catch(function () { window.location.assign(url); })
      .then(function () { region.removeAttribute("aria-busy"); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = new URLSearchParams(new FormData(form)).toString();
    show(form.getAttribute("action") + "?" + query, true);
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".ask-suggested a");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    var input = form.querySelector("input[name=q]");
    if (input) input.value = link.textContent;
    show(link.getAttribute("href"), true);
  });
  window.addEventListener("popstate", function () { show(window.location.href, false); });
})();
