import { Injectable } from '@nestjs/common';
import {
  badUserInput,
  badUserInputFields,
  conflict,
  keysetConnection,
  notFound,
  UnitOfWork,
} from '@canopy/api/core';
import type { Connection, ConnectionArgs, Principal, Transaction } from '@canopy/api/core';
import { AuditTrail } from '@canopy/api/audit';
import { AccountsService } from '@canopy/api/identity';
import {
  CharterSectionKind,
  CharterState,
  charterTextProblems,
  isCharterTextEditable,
  normalizeCharterText,
  OrganizationSector,
  wasCharterAdopted,
} from '@canopy/domain';
import type { CharterIndicator } from '@canopy/domain';
import { randomUUID } from 'node:crypto';
import { CharterCommitteeMemberEntity, CharterEditionEntity, CharterEntity } from './charter.entities';
import { CharterSteps } from './charter-steps';
import { CharterFilter, ChartersRepository, SectionRow } from './charters.repository';

export interface ClauseText {
  /** A clause of this edition being rewritten keeps its lineage; a new clause has none. */
  id?: string | null;
  text: string;
  responsible?: readonly { name: string; organizationId?: string | null }[] | null;
  indicator?: CharterIndicator | null;
}

export interface SectionText {
  kind: CharterSectionKind;
  title: string;
  statuteChapter?: string | null;
  clauses: readonly ClauseText[];
}

export interface NewCharter {
  jurisdictionId: string;
  title: string;
  organizationId: string;
  templateEditionId?: string | null;
}

export interface NewCommitteeMember {
  email?: string | null;
  organizationId?: string | null;
  sector: OrganizationSector;
  role?: string | null;
}

/**
 * Charters from initiation to a written draft: who convenes the committee, who sits on it, the text
 * of each edition, and the chapters of the national statute sections may answer. The life cycle after
 * drafting is `CharterLifecycleService`; signatures and readings are `CharterParticipationService`.
 */
@Injectable()
export class ChartersService {
  constructor(
    private readonly repository: ChartersRepository,
    private readonly steps: CharterSteps,
    private readonly accounts: AccountsService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditTrail,
  ) {}

  findById(id: string) {
    return this.repository.charterById(id);
  }

  findByIds(ids: readonly string[]) {
    return this.repository.chartersByIds(ids);
  }

  editionById(id: string) {
    return this.repository.editionById(id);
  }

  editionsByIds(ids: readonly string[]) {
    return this.repository.editionsByIds(ids);
  }

  editionsOf(charterIds: readonly string[]) {
    return this.repository.editionsOf(charterIds);
  }

  sectionsOf(editionIds: readonly string[]) {
    return this.repository.sectionsOf(editionIds);
  }

  clausesOf(editionIds: readonly string[]) {
    return this.repository.clausesOf(editionIds);
  }

  clauseById(id: string) {
    return this.repository.clauseById(id);
  }

  committeeOf(charterIds: readonly string[]) {
    return this.repository.committeeOf(charterIds);
  }

  committeeChartersOf(userId: string) {
    return this.repository.committeeChartersOf(userId);
  }

  chaptersOf(countryIds: readonly string[]) {
    return this.repository.chaptersOf(countryIds);
  }

  countryOf(jurisdictionId: string) {
    return this.repository.countryOf(null, jurisdictionId);
  }

  /** Charters by title, within a place (and the places inside it) when one is given. */
  list(filter: CharterFilter, args: ConnectionArgs): Promise<Connection<CharterEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) => this.repository.page(filter, after as [string, string] | null, limit),
        count: () => this.repository.count(filter),
      },
      { arity: 2, of: (row) => [row.title, row.id] },
    );
  }

  /**
   * An organization of the place (or of a place around it) convenes a development committee; the person
   * who starts it and the organization are its first members. A template copies another community's
   * adopted text into the first edition.
   */
  async initiate(actor: Principal, input: NewCharter): Promise<CharterEntity> {
    const title = normalizeCharterText(input.title);
    if (!title) throw badUserInput('input.title', 'must not be empty');
    return this.uow.run(async (tx) => {
      if (!(await this.repository.jurisdictionExists(tx, input.jurisdictionId))) {
        throw notFound('input.jurisdictionId');
      }
      const [organization] = await this.repository.organizationFacts(tx, [input.organizationId]);
      if (!organization) throw notFound('input.organizationId');
      if (!organization.verified) {
        throw conflict('input.organizationId', 'must be verified to convene a charter', {
          reason: 'ORGANIZATION_NOT_VERIFIED',
        });
      }
      if (!(await this.repository.isWithin(tx, input.jurisdictionId, organization.jurisdictionId))) {
        throw conflict('input.organizationId', 'works outside this place', { reason: 'NOT_LOCAL' });
      }
      const template = input.templateEditionId
        ? await this.repository.editionById(input.templateEditionId, tx)
        : null;
      if (input.templateEditionId && !template) throw notFound('input.templateEditionId');
      if (template && !wasCharterAdopted(template.state)) {
        throw conflict('input.templateEditionId', 'has not been adopted by its community', {
          reason: 'TEMPLATE_NOT_ADOPTED',
        });
      }
      const charter = await this.repository.insertCharter(tx, {
        jurisdictionId: input.jurisdictionId,
        title,
        convenerId: organization.id,
        latestEdition: 1,
        createdBy: actor.userId,
      });
      const edition = await this.repository.insertEdition(tx, {
        charterId: charter.id,
        number: 1,
        state: CharterState.INITIATED,
        copiedFromId: template?.id ?? null,
        textRevision: template ? 1 : 0,
      });
      if (template) await this.copyText(tx, template.id, edition.id, false);
      await this.repository.insertMember(tx, {
        charterId: charter.id,
        userId: actor.userId,
        sector: organization.sector,
        role: 'Convener',
      });
      await this.repository.insertMember(tx, {
        charterId: charter.id,
        organizationId: organization.id,
        sector: organization.sector,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'charter.initiate',
        entityType: 'charter',
        entityId: charter.id,
        toState: CharterState.INITIATED,
        details: {
          jurisdictionId: input.jurisdictionId,
          organizationId: organization.id,
          editionId: edition.id,
          templateEditionId: template?.id ?? null,
        },
      });
      return charter;
    });
  }

  async addCommitteeMember(
    actor: Principal,
    charterId: string,
    member: NewCommitteeMember,
  ): Promise<CharterCommitteeMemberEntity> {
    if (!member.email === !member.organizationId) {
      throw badUserInput('input.email', 'give either a person (e-mail) or an organization, not both');
    }
    const user = member.email ? await this.accounts.findByEmail(member.email) : null;
    if (member.email && !user) throw notFound('input.email', 'has no account');
    return this.uow.run(async (tx) => {
      await this.steps.lockedCharter(tx, charterId);
      if (member.organizationId) {
        const [organization] = await this.repository.organizationFacts(tx, [member.organizationId]);
        if (!organization) throw notFound('input.organizationId');
      }
      const committee = await this.repository.committeeIn(tx, charterId);
      const seated = committee.some((seat) =>
        user ? seat.userId === user.id : seat.organizationId === member.organizationId,
      );
      if (seated) {
        throw conflict(user ? 'input.email' : 'input.organizationId', 'is already on this committee', {
          reason: 'ALREADY_MEMBER',
        });
      }
      const seat = await this.repository.insertMember(tx, {
        charterId,
        userId: user?.id ?? null,
        organizationId: user ? null : (member.organizationId ?? null),
        sector: member.sector,
        role: member.role?.trim() || null,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'charter.add_committee_member',
        entityType: 'charter',
        entityId: charterId,
        details: { memberId: seat.id, userId: seat.userId, organizationId: seat.organizationId },
      });
      return seat;
    });
  }

  /** A committee is never left empty: someone must be able to carry on. */
  async removeCommitteeMember(actor: Principal, charterId: string, memberId: string): Promise<void> {
    await this.uow.run(async (tx) => {
      await this.steps.lockedCharter(tx, charterId);
      const committee = await this.repository.committeeIn(tx, charterId);
      const seat = committee.find((member) => member.id === memberId);
      if (!seat) throw notFound('input.memberId', 'is not on this committee');
      if (committee.length === 1) {
        throw conflict('input.memberId', 'is the last member of the committee', { reason: 'LAST_MEMBER' });
      }
      await this.repository.deleteMember(tx, charterId, memberId);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'charter.remove_committee_member',
        entityType: 'charter',
        entityId: charterId,
        details: { memberId, userId: seat.userId, organizationId: seat.organizationId },
      });
    });
  }

  /**
   * Saves the whole text of an edition being drafted. `expectedRevision` is the revision the editor
   * started from: if someone saved in between, the save is refused rather than silently overwriting.
   */
  async saveText(
    actor: Principal,
    editionId: string,
    expectedRevision: number,
    sections: readonly SectionText[],
  ): Promise<CharterEditionEntity> {
    const problems = charterTextProblems(sections);
    if (problems.length) {
      throw badUserInputFields(
        problems.map((problem) => ({ field: `input.${problem.field}`, message: problem.message })),
      );
    }
    return this.uow.run(async (tx) => {
      const { charter, edition } = await this.steps.lockedEdition(tx, editionId);
      if (!isCharterTextEditable(edition.state)) {
        throw conflict('input.editionId', `cannot be edited while ${edition.state.toLowerCase()}`, {
          reason: 'NOT_EDITABLE',
          details: { state: edition.state },
        });
      }
      if (edition.textRevision !== expectedRevision) {
        throw conflict('input.expectedRevision', 'is out of date: someone else saved the text', {
          reason: 'STALE_TEXT',
          details: { revision: edition.textRevision },
        });
      }
      const rows = await this.checkedRows(tx, charter, edition, sections);
      await this.repository.replaceText(tx, edition.id, rows);
      const saved = await this.repository.updateEdition(tx, edition.id, {
        textRevision: edition.textRevision + 1,
      });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'charter.save_text',
        entityType: 'charter_edition',
        entityId: edition.id,
        details: {
          charterId: charter.id,
          revision: saved.textRevision,
          sections: rows.length,
          clauses: rows.reduce((sum, row) => sum + row.clauses.length, 0),
        },
      });
      return saved;
    });
  }

  /** The input as rows, after checking what only the database knows: clause ids, chapters, organizations. */
  private async checkedRows(
    tx: Transaction,
    charter: CharterEntity,
    edition: CharterEditionEntity,
    sections: readonly SectionText[],
  ): Promise<SectionRow[]> {
    const existing = new Map(
      (await this.repository.clausesOf([edition.id], tx)).map((clause) => [clause.id, clause]),
    );
    const country = await this.repository.countryOf(tx, charter.jurisdictionId);
    const chapters = new Set(
      country ? (await this.repository.chaptersIn(tx, country)).map((chapter) => chapter.code) : [],
    );
    const organizationIds = new Set(
      sections.flatMap((section) =>
        section.clauses.flatMap((clause) =>
          (clause.responsible ?? []).flatMap((actor) => (actor.organizationId ? [actor.organizationId] : [])),
        ),
      ),
    );
    const known = new Set(
      (await this.repository.organizationFacts(tx, [...organizationIds])).map((found) => found.id),
    );
    const problems: { field: string; message: string }[] = [];
    const used = new Set<string>();
    const rows = sections.map((section, s) => {
      const chapter = section.statuteChapter?.trim() || null;
      if (chapter && !chapters.has(chapter)) {
        problems.push({
          field: `input.sections.${s}.statuteChapter`,
          message: "is not a chapter of this country's health statute",
        });
      }
      return {
        kind: section.kind,
        title: normalizeCharterText(section.title),
        statuteChapter: chapter,
        clauses: section.clauses.map((clause, c) => {
          const at = `input.sections.${s}.clauses.${c}`;
          let lineageId: string = randomUUID();
          if (clause.id) {
            const kept = existing.get(clause.id);
            if (!kept) problems.push({ field: `${at}.id`, message: 'is not a clause of this edition' });
            else if (used.has(clause.id)) problems.push({ field: `${at}.id`, message: 'appears twice' });
            else lineageId = kept.lineageId;
            used.add(clause.id);
          }
          (clause.responsible ?? []).forEach((actor, a) => {
            if (actor.organizationId && !known.has(actor.organizationId)) {
              problems.push({ field: `${at}.responsible.${a}.organizationId`, message: 'does not exist' });
            }
          });
          return {
            lineageId,
            text: normalizeCharterText(clause.text),
            responsible: (clause.responsible ?? []).map((actor) => ({
              name: normalizeCharterText(actor.name),
              organizationId: actor.organizationId ?? null,
            })),
            ...indicatorColumns(clause.indicator ?? null),
          };
        }),
      };
    });
    if (problems.length) throw badUserInputFields(problems);
    return rows;
  }

  /** Copies an edition's text into another: the next edition keeps lineages, a template starts fresh. */
  async copyText(tx: Transaction, fromId: string, toId: string, keepLineage: boolean): Promise<void> {
    const sections = await this.repository.sectionsIn(tx, fromId);
    const clauses = await this.repository.clausesOf([fromId], tx);
    await this.repository.replaceText(
      tx,
      toId,
      sections.map((section) => ({
        kind: section.kind,
        title: section.title,
        statuteChapter: section.statuteChapter,
        clauses: clauses
          .filter((clause) => clause.sectionId === section.id)
          .map((clause) => ({
            lineageId: keepLineage ? clause.lineageId : randomUUID(),
            text: clause.text,
            responsible: keepLineage
              ? clause.responsible
              : // Another community's organizations are not this one's: keep the names only.
                clause.responsible.map((actor) => ({ name: actor.name, organizationId: null })),
            indicatorName: clause.indicatorName,
            indicatorTarget: clause.indicatorTarget,
            indicatorUnit: clause.indicatorUnit,
            indicatorFrequency: clause.indicatorFrequency,
            indicatorDirection: clause.indicatorDirection,
          })),
      })),
    );
  }

  /** A platform admin sets the chapters of a country's national health statute. */
  async setStatuteChapters(
    actor: Principal,
    countryId: string,
    chapters: readonly { code: string; title: string }[],
  ): Promise<void> {
    const cleaned = chapters.map((chapter) => ({ code: chapter.code.trim(), title: chapter.title.trim() }));
    const problems = cleaned.flatMap((chapter, index) => [
      ...(chapter.code ? [] : [{ field: `input.chapters.${index}.code`, message: 'must not be empty' }]),
      ...(chapter.title ? [] : [{ field: `input.chapters.${index}.title`, message: 'must not be empty' }]),
      ...(cleaned.findIndex((other) => other.code === chapter.code) < index
        ? [{ field: `input.chapters.${index}.code`, message: 'appears twice' }]
        : []),
    ]);
    if (problems.length) throw badUserInputFields(problems);
    await this.uow.run(async (tx) => {
      if ((await this.repository.countryOf(tx, countryId)) !== countryId) {
        throw notFound('input.countryId', 'is not a country');
      }
      await this.repository.replaceChapters(tx, countryId, cleaned);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'statute.set_chapters',
        entityType: 'jurisdiction',
        entityId: countryId,
        details: { chapters: cleaned.map((chapter) => chapter.code) },
      });
    });
  }
}

function indicatorColumns(indicator: CharterIndicator | null) {
  return {
    indicatorName: indicator ? normalizeCharterText(indicator.name) : null,
    indicatorTarget: indicator?.target ?? null,
    indicatorUnit: indicator ? indicator.unit.trim() : null,
    indicatorFrequency: indicator?.frequency ?? null,
    indicatorDirection: indicator?.direction ?? null,
  };
}
