// Remembers the browser's time zone for visitors (members pick theirs in the profile).
(function () {
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && document.cookie.indexOf('portal.tz=') < 0) {
      document.cookie = 'portal.tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
    }
  } catch (e) { /* no Intl: the server default applies */ }
})();
