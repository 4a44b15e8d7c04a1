// The static export's root page (written by massar export-static): sends the visitor where the running site's
// "/" would (see LanguageChooser.cs): the language chosen before (the lang cookie), then the browser's
// languages in order, then the first site. Without this file the page's <noscript> refresh goes to the first site.

const sites = [...document.querySelectorAll("a[hreflang]")].map((link) => link.hreflang);
const cookie = document.cookie.match(/(?:^|;\s*)lang=([^;]*)/)?.[1];
const preferred = navigator.languages.map((tag) => tag.split("-")[0].toLowerCase());
const choice = [cookie, ...preferred].find((language) => sites.includes(language)) ?? sites[0];
if (choice) location.replace(`/${choice}/`);
