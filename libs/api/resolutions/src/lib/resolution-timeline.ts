import { ConsultationWindowState } from '@canopy/domain';
import { TraceEventKind, TraceEventType } from './resolution.types';

export interface TimelineSources {
  proposals: { title: string; submittedAt: Date | null }[];
  agendaItem: { number: number; title: string; createdAt: Date } | null;
  versions: { number: number; changeNote: string | null; createdAt: Date }[];
  consultation: {
    opensAt: Date;
    closesAt: Date;
    state: ConsultationWindowState;
    votes: { support: number; oppose: number; abstain: number };
    comments: number;
  } | null;
  decision: { adopted: boolean; at: Date; reservations: number; reason: string | null } | null;
  transmission: { to: string; at: Date } | null;
  progress: { commitment: string; status: string; narrative: string; publishedAt: Date }[];
}

/** A resolution's path as one dated list, oldest first: proposal → item → versions → consultation → decision → progress. */
export function resolutionTimeline(sources: TimelineSources, now = new Date()): TraceEventType[] {
  const events: TraceEventType[] = [];
  const add = (at: Date, kind: TraceEventKind, title: string, detail: string | null = null) =>
    events.push(Object.assign(new TraceEventType(), { at, kind, title, detail }));
  for (const proposal of sources.proposals) {
    if (proposal.submittedAt) add(proposal.submittedAt, TraceEventKind.PROPOSAL_SUBMITTED, proposal.title);
  }
  if (sources.agendaItem) {
    add(
      sources.agendaItem.createdAt,
      TraceEventKind.AGENDA_ITEM,
      `${sources.agendaItem.number}. ${sources.agendaItem.title}`,
    );
  }
  for (const version of sources.versions) {
    add(version.createdAt, TraceEventKind.VERSION, `Version ${version.number}`, version.changeNote);
  }
  const consultation = sources.consultation;
  if (consultation && consultation.opensAt <= now) {
    add(consultation.opensAt, TraceEventKind.CONSULTATION_OPENED, 'Public consultation');
    if (consultation.state === ConsultationWindowState.CLOSED) {
      const { support, oppose, abstain } = consultation.votes;
      add(
        consultation.closesAt,
        TraceEventKind.CONSULTATION_CLOSED,
        'Public consultation',
        `support ${support}, oppose ${oppose}, abstain ${abstain}; ${consultation.comments} comments`,
      );
    }
  }
  if (sources.decision) {
    const { adopted, at, reservations, reason } = sources.decision;
    add(
      at,
      adopted ? TraceEventKind.ADOPTED : TraceEventKind.DEFERRED,
      adopted ? 'Adopted by consensus' : 'Deferred',
      adopted ? `${reservations} reservations` : reason,
    );
  }
  if (sources.transmission) add(sources.transmission.at, TraceEventKind.TRANSMITTED, sources.transmission.to);
  for (const update of sources.progress) {
    add(
      update.publishedAt,
      TraceEventKind.PROGRESS,
      update.commitment,
      `${update.status}: ${update.narrative}`,
    );
  }
  return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
