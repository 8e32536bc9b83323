// The language links of a booking's manage page (/varaus/{id}, /bokning/{id}, /booking/{id};
// issue 12, docs/adr/0057): each link marked `data-manage-page` goes to the same booking's page in
// its language, with this page's fragment, which holds the code (#code=…) and never reaches a
// server. Without this script the links go to the library page of their language.
const id = location.pathname.split('/').filter(Boolean).pop() ?? '';
if (/^b[0-9a-f]{16}$/.test(id)) {
  const keep = () => {
    for (const link of document.querySelectorAll('a[data-manage-page]')) link.href = `/${link.dataset.managePage}/${id}${location.hash}`;
  };
  keep();
  addEventListener('hashchange', keep);
}
