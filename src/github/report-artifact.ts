// The scheduled workflow's latest `portwarden-report` artifact: the exposures check mode
// previews an allowlist change against, with no AWS credentials (fork pull requests).
import { messageOf } from '../errors.js';
import type { Exposure } from '../model.js';
import { exposuresFromReport } from '../sources/known-exposures.js';
import type { GitHub, GitHubTarget } from './client.js';
import { readZipEntry } from './zip.js';

export type ArtifactExposures = { ok: true; from: string; list: Exposure[] } | { ok: false; why: string };

export async function latestReportExposures(github: GitHub, target: GitHubTarget, name: string): Promise<ArtifactExposures> {
  try {
    const { data } = await github.rest.actions.listArtifactsForRepo({ ...target, name, per_page: 10 });
    const artifact = data.artifacts.filter((a) => !a.expired).sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))[0];
    if (!artifact) return { ok: false, why: `no unexpired "${name}" artifact` };
    const download = await github.rest.actions.downloadArtifact({ ...target, artifact_id: artifact.id, archive_format: 'zip' });
    const entry = readZipEntry(Buffer.from(download.data as ArrayBuffer), (file) => file.endsWith('.json'));
    if (!entry) return { ok: false, why: `artifact "${name}" holds no JSON report` };
    return { ok: true, from: `the "${name}" artifact of ${artifact.created_at ?? 'the latest run'}`, list: exposuresFromReport(JSON.parse(entry.data.toString('utf8'))) };
  } catch (error) {
    return { ok: false, why: `cannot read the "${name}" artifact: ${messageOf(error)}` };
  }
}
