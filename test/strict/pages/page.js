// The strict page's own script (external, because the page allows no inline script). Records CSP / Trusted Types
// violations and offer-choice events for the runner, loads the library from ?lib= (one or more URLs), adds
// stylesheets from ?css=, and gives the second widget its offer from a fetched JSON file (?offer=, else the pilot).
window.__violations = [];
window.__choices = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(
    `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
  );
});
document.addEventListener('offer-choice', (e) => {
  window.__choices.push({ id: e.target.id, choice: e.detail.choice, digest: e.detail.receipt.digest });
});

const params = new URLSearchParams(location.search);
for (const css of params.getAll('css')) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/strict/${css}.css`;
  document.head.append(link);
}
// ?linted= gives the inline widget its offer's lint digest (it then paints before the checks chunk loads).
if (params.get('linted')) document.getElementById('inline').setAttribute('linted', params.get('linted'));
try {
  for (const lib of params.getAll('lib')) await import(lib);
  // ?offer= names another fetched offer (one whose check groups load as chunks: jurisdictions, an experiment).
  const response = await fetch(params.get('offer') ?? '/offers/saas-pilot.json');
  document.getElementById('fetched').offer = await response.json();
  window.__ready = true;
} catch (e) {
  window.__loadError = String(e);
}
