// Dispatch mode in the action: the event's payload -> runDispatch -> log, outputs, failure.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { DISPATCH_EVENT_TYPE } from '../../core/findings/dispatch-event.js';
import type { PlanAction } from '../../core/model.js';
import type { Options } from '../../core/options/parse.js';
import { runDispatch } from './dispatch-mode.js';

export async function dispatchAction(options: Readonly<Options>, eventPath: string | undefined): Promise<void> {
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as { action?: string; client_payload?: unknown }) : {};
  if (event.action !== DISPATCH_EVENT_TYPE) {
    core.notice(`repository_dispatch of type "${String(event.action)}" ignored: Portwarden handles "${DISPATCH_EVENT_TYPE}".`);
    return;
  }
  const outcome = await runDispatch(options, event.client_payload, {
    warn: (message) => core.warning(message),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  if (outcome.kind === 'ignored') {
    core.notice(`Finding ignored: ${outcome.reason}.`);
    return;
  }
  const failed = outcome.applied?.filter((r) => !r.ok) ?? [];
  const what = (action: PlanAction) => `${action.kind} ${action.kind === 'create' ? 'an issue' : `#${action.issue.number}`}`;
  const changes =
    outcome.plan.actions.length === 0
      ? 'nothing to change'
      : outcome.applied
        ? outcome.applied.map((r) => (r.ok ? `${r.action.kind} #${r.issueNumber}` : `${what(r.action)} failed`)).join(', ')
        : `would ${outcome.plan.actions.map(what).join(', ')} (dry run)`;
  core.info(`Finding is ${outcome.status}; ${changes}.`);
  for (const kind of ['create', 'update', 'reopen'] as const) {
    const output = { create: 'created', update: 'updated', reopen: 'reopened' }[kind];
    core.setOutput(output, String(outcome.applied?.filter((r) => r.ok && r.action.kind === kind).length ?? 0));
  }
  if (failed.length > 0) core.setFailed(`${failed.length} issue change(s) failed: ${failed.map((f) => f.error).join('; ')}`);
}
