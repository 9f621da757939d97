// The little script the simulated sites need: the hover drop-down, the
// remove-card pop-up, the native confirm() of the direct-link page and the
// mobile site's menu behind the three bars.
(function () {
  "use strict";

  function dropdowns() {
    document.querySelectorAll(".dropdown").forEach(function (dd) {
      var trigger = dd.querySelector(".dropdown-trigger");
      function set(open) {
        dd.classList.toggle("open", open);
        if (trigger) { trigger.setAttribute("aria-expanded", open ? "true" : "false"); }
      }
      dd.addEventListener("mouseenter", function () { set(true); });
      dd.addEventListener("mouseleave", function () { set(false); });
      dd.addEventListener("focusin", function () { set(true); });
      dd.addEventListener("focusout", function (e) {
        if (!dd.contains(e.relatedTarget)) { set(false); }
      });
    });
  }

  function removeCardDialog() {
    var dialog = document.getElementById("remove-card-dialog");
    if (!dialog || typeof dialog.showModal !== "function") { return; }
    var masked = dialog.querySelector("#remove-card-masked");
    var card = dialog.querySelector("input[name=card]");
    document.querySelectorAll(".js-remove-card").forEach(function (button) {
      button.addEventListener("click", function (e) {
        e.preventDefault();
        masked.textContent = button.getAttribute("data-masked");
        card.value = button.getAttribute("data-card");
        dialog.showModal();
      });
    });
    dialog.querySelector(".js-modal-cancel").addEventListener("click", function () {
      dialog.close();
    });
  }

  function nativeConfirm() {
    document.querySelectorAll("form.js-confirm").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { e.preventDefault(); }
      });
    });
  }

  function drawers() {
    document.querySelectorAll(".js-drawer").forEach(function (button) {
      var drawer = document.getElementById(button.getAttribute("aria-controls"));
      if (!drawer) { return; }
      button.addEventListener("click", function () {
        var open = drawer.hidden;
        drawer.hidden = !open;
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    dropdowns();
    removeCardDialog();
    nativeConfirm();
    drawers();
  });
})();
