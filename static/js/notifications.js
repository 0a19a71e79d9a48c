// The header's unread-notification count, fetched after the page has loaded, so that no page
// pays a query for it. The answer is the server's escaped fragment ("Notifications <span>3</span>").
document.addEventListener("DOMContentLoaded", () => {
  const link = document.getElementById("notifications-link");
  if (!link || !link.dataset.countUrl) return;
  fetch(link.dataset.countUrl, { credentials: "same-origin", headers: { "HX-Request": "true" } })
    .then((response) => (response.ok ? response.text() : null))
    .then((fragment) => {
      if (fragment !== null) link.innerHTML = fragment;
    })
    .catch(() => {});
});
