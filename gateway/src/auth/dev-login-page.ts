import { DEMO_USERS, type DemoUser } from '@statsbidrag/demo-data';
import { ROLE_LABELS } from '@statsbidrag/domain';

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function userButton(u: DemoUser): string {
  const roles = u.roles.map((r) => ROLE_LABELS[r]).join(', ');
  return `<li><button type="submit" name="username" value="${esc(u.username)}" data-username="${esc(u.username)}">
    <span class="name">${esc(u.name)}</span><span class="meta">${esc(roles)} · <code>${esc(u.username)}</code></span></button></li>`;
}

/** The embedded (dev) sign-in page: the seeded demo users, one button each. */
export function devLoginPage(redirectUri: string, app: string | null): string {
  const central = DEMO_USERS.filter((u) => u.districtCodes.length === 0);
  const district = DEMO_USERS.filter((u) => u.districtCodes.length > 0);
  const groups = app === 'sdf'
    ? [['Stadsdelsförvaltningar', district], ['AmF – Statsbidragsgruppen', central]] as const
    : [['AmF – Statsbidragsgruppen', central], ['Stadsdelsförvaltningar', district]] as const;
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Logga in – Statsbidrag (utvecklingsläge)</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1a1a1a; }
  main { max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
  .note { background: #fff4ce; border-left: 4px solid #8a6d00; padding: .75rem 1rem; }
  ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .5rem; }
  button { width: 100%; text-align: left; padding: .7rem .9rem; border: 1px solid #6b6b6b; border-radius: 6px; background: #fff; cursor: pointer; font: inherit; }
  button:hover { background: #e8f0fb; } button:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
  .name { display: block; font-weight: 600; } .meta { display: block; font-size: .85rem; color: #444; }
</style>
</head>
<body>
<main>
<h1>Logga in – Statsbidrag</h1>
<p class="note">Utvecklingsläge: välj en demoanvändare. I produktion loggar du in med stadens inloggning (OIDC).</p>
<form method="post" action="/auth/dev/login">
<input type="hidden" name="redirect_uri" value="${esc(redirectUri)}">
${groups.map(([title, users]) => `<h2>${esc(title)}</h2><ul>${users.map(userButton).join('\n')}</ul>`).join('\n')}
</form>
</main>
</body>
</html>`;
}

export function errorPage(title: string, message: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body><main style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto"><h1>${esc(title)}</h1><p>${esc(message)}</p></main></body></html>`;
}
