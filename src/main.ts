// The action: inputs -> the mode -> outputs, summary and annotations. Each mode is loaded only
// when it runs (check mode needs no AWS SDK). One catch fails the step on anything thrown.
import * as core from '@actions/core';
import { AllowlistError, messageOf } from './core/errors.js';
import type { InputName } from './core/options/inputs.js';
import { parseOptions } from './core/options/parse.js';

export async function main(now = new Date()): Promise<void> {
  try {
    const env = {
      AWS_REGION: process.env.AWS_REGION,
      AWS_DEFAULT_REGION: process.env.AWS_DEFAULT_REGION,
      GITHUB_RUN_ID: process.env.GITHUB_RUN_ID,
      GITHUB_REPOSITORY: process.env.GITHUB_REPOSITORY,
      GITHUB_API_URL: process.env.GITHUB_API_URL,
    };
    const dispatch = process.env.GITHUB_EVENT_NAME === 'repository_dispatch';
    const options = parseOptions((name: InputName) => core.getInput(name), { today: now.toISOString().slice(0, 10), env, dispatch });
    const eventPath = process.env.GITHUB_EVENT_PATH;
    if (options.mode === 'check') await (await import('./modes/check/action.js')).checkAction(options, eventPath);
    else if (options.mode === 'accept') await (await import('./modes/accept/action.js')).acceptAction(options, eventPath);
    else if (dispatch) await (await import('./modes/dispatch/action.js')).dispatchAction(options, eventPath);
    else await (await import('./modes/report/action.js')).reportAction(options, now);
  } catch (error) {
    if (error instanceof AllowlistError) {
      for (const p of error.problems) core.error(p.message, { file: p.file, startLine: p.line, startColumn: p.column, title: 'Allowlist' });
    }
    core.setFailed(messageOf(error));
  }
}
