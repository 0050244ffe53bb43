// Accept mode in the action: the issue_comment event -> runAccept -> notice, output or failure.
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import type { Options } from '../../core/options/parse.js';
import { runAccept, type CommentEvent } from './accept-mode.js';

export async function acceptAction(options: Readonly<Options>, eventPath: string | undefined): Promise<void> {
  const event = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as CommentEvent) : {};
  const outcome = await runAccept(options, event, (m) => core.warning(m));
  if (outcome.kind === 'notice') core.notice(outcome.text);
  else if (outcome.kind === 'refused') core.setFailed(outcome.failure);
  else core.setOutput('pull-request', String(outcome.pull));
}
