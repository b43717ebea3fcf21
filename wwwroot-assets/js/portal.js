// Remembers the browser's time zone for visitors (members pick theirs in the profile).
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('portal.tz=') < 0) {
      document.cookie = 'portal.tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
    }
  } catch (e) { /* no Intl: the server default applies */ }
})();

// The article editor: put text where the caret is in a textarea, and tell Blazor (as typing would).
window.portalArticles = {
  insertAtCaret: function (selector, text) {
    var area = document.querySelector(selector);
    if (!area) { return null; }
    var start = area.selectionStart ?? area.value.length;
    var end = area.selectionEnd ?? start;
    var before = area.value.slice(0, start);
    var gap = before.length === 0 || before.endsWith('\n') ? '' : '\n';
    var value = before + gap + text + '\n' + area.value.slice(end);
    area.value = value;
    var caret = start + gap.length + text.length + 1;
    area.setSelectionRange(caret, caret);
    area.focus();
    return value;
  }
};

window.portal = window.portal || {};

// Copies text to the clipboard; false when the browser refuses (no permission, not a secure context).
window.portal.copyText = async function (text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (e) {
    return false;
  }
};

// Tells the article page, once, that the end of the article scrolled into view (the read-through). Nothing else is sent.
window.portal.watchReadEnd = function (element, page, articleId) {
  window.portal.unwatchReadEnd(element);
  if (!element || !('IntersectionObserver' in window)) {
    return;
  }

  var observer = new IntersectionObserver(function (entries) {
    if (entries.some(function (entry) { return entry.isIntersecting; })) {
      observer.disconnect();
      page.invokeMethodAsync('ReachedEnd', articleId);
    }
  });
  element.portalReadEnd = observer;
  observer.observe(element);
};

window.portal.unwatchReadEnd = function (element) {
  if (element && element.portalReadEnd) {
    element.portalReadEnd.disconnect();
    element.portalReadEnd = null;
  }
};
