// The comments Portwarden writes on its issues: the identity comment, and the notices of a
// close or a reopen. Bounded and escaped as the bodies are (render.ts).
import type { PlanAction, Verdict } from '../model.js';
import { clip, codeSpan, plainText, withoutAutolinks } from '../text.js';
import { markerFor, NOTE_LIMIT, portsText } from './render.js';

/**
 * Portwarden's first comment on a new issue: a second copy of the marker where only
 * Portwarden writes, so an issue whose body a person edited (marker removed) is still
 * recognised, not duplicated.
 */
export function renderIdentityComment(verdict: Verdict): string {
  return `Portwarden tracks this issue by the identity below (account, region, instance, protocol and port range), not by its title or text. Only an allowlist rule silences it.\n\n${markerFor(verdict)}`;
}

export function renderActionComment(action: PlanAction): string | undefined {
  switch (action.kind) {
    case 'close':
      return `Closing: ${closeSentence(action)}.`;
    case 'reopen':
      return action.reason === 'reappeared-after-manual-close'
        ? `Reopening: ${portText(action.verdict)} is open again. This issue was closed by hand, but only an allowlist rule (a reviewed pull request to \`allowlist.json\`) silences an alert; set \`reopen-manually-closed: false\` to let "close as not planned" acknowledge it instead.`
        : `Reopening: ${portText(action.verdict)} is open again.`;
    default:
      return undefined;
  }
}

export function closingNoteFor(action: PlanAction & { kind: 'close' }): string {
  return clip(`Closed by Portwarden: ${closeSentence(action)}.`, NOTE_LIMIT);
}

function closeSentence(action: PlanAction & { kind: 'close' }): string {
  // Details hold ids from AWS and the allowlist's reviewed reasons: escaped like any AWS text.
  // Only our own `duplicate of #12` must still link.
  // Backticks and parentheses stay (rule ids are shown as code); markup, links and references go.
  const detail =
    action.reason === 'duplicate'
      ? plainText(action.detail, 100)
      : withoutAutolinks(plainText(action.detail, 2_000)).replace(/[<>[\]|]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  switch (action.reason) {
    case 'gone':
      return `the port is closed (${detail})`;
    case 'terminated':
      return `the ${detail}`;
    default:
      return detail;
  }
}

function portText(verdict: Verdict): string {
  const e = verdict.exposure;
  return `${e.protocol.toUpperCase()} ${portsText(verdict.uncovered, 1_000)} on ${codeSpan(e.resource.id, 256)}`;
}
