/* Rewrites manifest.xml for a hosting URL (production build). */
function rewriteManifest(xml, url) {
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https URL, got ${url}`);
  const base = url.endsWith('/') ? url : `${url}/`;
  const origin = new URL(base).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .replace(/https:\/\/localhost:3000\//g, base);
}
module.exports = { rewriteManifest };
