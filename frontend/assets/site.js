/* Invest in Azerbaijan: progressive enhancement only. Every page works without this file. */
(function () {
  "use strict";

  // Listings: the full list is in the page; the filters narrow it on the spot.
  function matches(item, name, wanted) {
    if (!wanted) return true;
    var values = (item.getAttribute("data-" + name) || "").split(" ");
    return values.indexOf("*") !== -1 || values.indexOf(wanted) !== -1;
  }

  function setUpFilters(form) {
    var list = document.getElementById(form.getAttribute("data-filter-for"));
    if (!list) return;
    var items = Array.prototype.slice.call(list.children);
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var count = form.querySelector("[data-count-template]");
    var empty = document.getElementById(form.getAttribute("data-filter-for") + "-empty");

    function apply() {
      var shown = 0;
      items.forEach(function (item) {
        var visible = selects.every(function (select) { return matches(item, select.name, select.value); });
        item.hidden = !visible;
        if (visible) shown += 1;
      });
      if (count) {
        count.textContent = count.getAttribute("data-count-template")
          .replace("{shown}", shown).replace("{total}", items.length);
      }
      if (empty) empty.hidden = shown !== 0;
    }

    selects.forEach(function (select) { select.addEventListener("change", apply); });
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.hidden = false;
    apply();
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-filter-for]"), setUpFilters);

  // The phone's menu: the link to the menu at the foot of the page becomes a button that opens
  // the menu in the header (a disclosure); Escape closes it and returns to the button.
  var menuButton = document.querySelector("button.menu-toggle");
  var menu = menuButton && document.getElementById(menuButton.getAttribute("aria-controls"));
  if (menu) {
    var setOpen = function (open) {
      menuButton.setAttribute("aria-expanded", open ? "true" : "false");
      menu.classList.toggle("open", open);
    };
    menuButton.addEventListener("click", function () {
      setOpen(menuButton.getAttribute("aria-expanded") !== "true");
    });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { setOpen(false); menuButton.focus(); }
    });
    Array.prototype.forEach.call(document.querySelectorAll("a.menu-toggle"), function (link) { link.hidden = true; });
    menuButton.hidden = false;
  }

  // A table wider than the screen scrolls in its own box; the keyboard can then reach the box too.
  Array.prototype.forEach.call(document.querySelectorAll(".table-scroll"), function (box) {
    if (box.scrollWidth <= box.clientWidth) return;
    var caption = box.querySelector("caption");
    box.tabIndex = 0;
    box.setAttribute("role", "region");
    if (caption) box.setAttribute("aria-label", caption.textContent);
  });

  // A procedure's checklist: the documents ticked are kept in this browser (never sent anywhere),
  // and the page prints as a checklist.
  Array.prototype.forEach.call(document.querySelectorAll("[data-checklist]"), function (list) {
    // Ticks are kept per language, under each document's own id, so that a tick stays with its
    // document when the steps are reordered (each language version has its own documents).
    var key = "checklist:" + list.getAttribute("data-checklist");
    var boxes = Array.prototype.slice.call(list.querySelectorAll("input[type=checkbox]"));
    function read(name) {
      var value = null;
      try { value = JSON.parse(window.localStorage.getItem(name) || "null"); } catch (error) { value = null; }
      return value && typeof value === "object" && !Array.isArray(value) ? value : null;
    }
    function keep() {
      try { window.localStorage.setItem(key, JSON.stringify(kept)); } catch (error) { /* storage off */ }
    }
    var kept = read(key);
    var moved = false;
    if (!kept) {
      kept = {};
      // Earlier versions of this page kept the ticks of every language by position: each language
      // copies them once (the other languages still find them).
      var before = read("checklist:" + list.getAttribute("data-checklist-before"));
      if (before) {
        boxes.forEach(function (box) {
          var position = box.getAttribute("data-position");
          if (Object.prototype.hasOwnProperty.call(before, position)) kept[box.name] = before[position] === true;
        });
        moved = true;
      }
    }
    boxes.forEach(function (box) {
      box.checked = kept[box.name] === true;
      box.addEventListener("change", function () {
        kept[box.name] = box.checked;
        keep();
      });
    });
    if (moved) keep();
    var note = document.querySelector("[data-checklist-note]");
    if (note) note.hidden = false;
  });
  Array.prototype.forEach.call(document.querySelectorAll("button[data-print]"), function (button) {
    button.addEventListener("click", function () { window.print(); });
    button.hidden = false;
  });

  // A form sent back with errors: its summary is read out and is where the keyboard starts.
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();

  // Offline reading: the service worker keeps the guide pages this visitor has opened.
  if ("serviceWorker" in navigator && window.location.protocol !== "file:") {
    window.addEventListener("load", function () {
      navigator.serviceWorker.register("/sw.js").catch(function () { /* the site works without it */ });
    });
  }
})();
