/* The page editor: shows where each error is.
 *
 * wagtail-modeltranslation hides every language but the default behind its language toggles, so an
 * error in a hidden language (a half-done Russian version) could not be seen, and "Go to the first
 * error" had nothing visible to go to. On load this script turns on the toggle of each language
 * that has an error, and lists the errors under the admin's error message, each a link that shows
 * its field and puts the cursor in it.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var languages = (script && script.dataset.languages ? script.dataset.languages : "").split(" ").filter(Boolean);
  var summaryTitle = script && script.dataset.summaryTitle ? script.dataset.summaryTitle : "";
  var ERROR = ":is(.error-message, .help-critical)";

  function languageOf(name) {
    var match = /_([a-z]{2})(?:-|$)/.exec(name || "");
    return match && languages.indexOf(match[1]) !== -1 ? match[1] : null;
  }

  function showLanguage(language) {
    var toggles = document.querySelectorAll(".locale-picker button.locale-toggle");
    for (var i = 0; i < toggles.length; i++) {
      if (toggles[i].textContent.trim() === language && !toggles[i].classList.contains("showing-locale")) {
        toggles[i].click();
      }
    }
  }

  function fieldErrors() {
    var found = [];
    var messages = document.querySelectorAll("form " + ERROR);
    for (var i = 0; i < messages.length; i++) {
      var message = messages[i];
      var text = message.textContent.trim();
      if (!text || message.closest(".messages")) continue;
      var holder = message.closest("[data-contentpath]");
      var name = holder ? holder.getAttribute("data-contentpath") : "";
      var wrapper = message.closest(".w-field__wrapper, section.w-panel");
      var input = wrapper ? wrapper.querySelector("input:not([type=hidden]), textarea, select, [contenteditable=true]") : null;
      if (!input && holder) input = holder.querySelector("input:not([type=hidden]), textarea, select, [contenteditable=true]");
      found.push({ text: text, language: languageOf(name), input: input, anchor: input && input.id ? input.id : (wrapper && wrapper.id) || "" });
    }
    return found;
  }

  function goTo(error) {
    if (error.language) showLanguage(error.language);
    var target = error.input || document.getElementById(error.anchor);
    if (!target) return;
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  function summarise(errors) {
    var banner = document.querySelector(".messages li.error");
    if (!banner || !errors.length || banner.querySelector(".guide-error-summary")) return;
    var list = document.createElement("ul");
    list.className = "guide-error-summary w-mt-2 w-pl-5";
    list.setAttribute("aria-label", summaryTitle);
    errors.forEach(function (error) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = error.anchor ? "#" + error.anchor : "#";
      link.textContent = error.text;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        goTo(error);
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    banner.appendChild(list);
  }

  function reveal() {
    var errors = fieldErrors();
    errors.forEach(function (error) {
      if (error.language) showLanguage(error.language);
    });
    summarise(errors);
  }

  // After wagtail-modeltranslation has built its toggles and Wagtail has drawn its fields.
  window.addEventListener("load", function () {
    window.setTimeout(reveal, 0);
  });
})();
