// The script of csp.html: lists Content-Security-Policy violations on the page, so that anyone
// opening it sees at once whether jointline needs more than the policy allows. A separate file,
// because the policy forbids inline scripts.

(() => {
  const list = document.getElementById("csp-violations");
  const status = document.getElementById("csp-status");
  let count = 0;
  document.addEventListener("securitypolicyviolation", (event) => {
    count += 1;
    const item = document.createElement("li");
    item.textContent = `${event.effectiveDirective}: ${event.blockedURI || "(inline)"}${event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ""}`;
    list?.append(item);
    if (status) status.textContent = `${count} violation${count === 1 ? "" : "s"}.`;
  });
})();
