import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  CanopyConfig,
  Connection,
  ConnectionArgs,
  keysetConnection,
  Mailer,
  notFound,
  Principal,
  rootLogger,
  UnitOfWork,
} from '@canopy/api/core';
import { FollowEntity, NotificationEntity } from './resolution.entities';
import { DigestRow, ResolutionsRepository } from './resolutions.repository';
import { RESOLUTION_SUBJECT } from './resolution-steps';
import { ResolutionsService } from './resolutions.service';

const DIGEST_USERS_PER_RUN = 200;

const KIND_WORDS: Record<string, string> = {
  NEW_VERSION: 'New version',
  CONSULTATION_OPENED: 'Consultation opened',
  CONSULTATION_CLOSED: 'Consultation closed',
  ADOPTED: 'Adopted',
  DEFERRED: 'Deferred',
  PROGRESS: 'Progress update',
};

/**
 * Following resolutions and hearing of them: notifications are written in the transaction that
 * publishes (so none is lost), shown in the app, and e-mailed as one digest per person per run.
 */
@Injectable()
export class FollowsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = rootLogger.child({ module: 'follows' });
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly repository: ResolutionsRepository,
    private readonly resolutions: ResolutionsService,
    private readonly mailer: Mailer,
    private readonly config: CanopyConfig,
    private readonly uow: UnitOfWork,
  ) {}

  async follow(actor: Principal, resolutionId: string): Promise<void> {
    if (!(await this.resolutions.findById(resolutionId))) throw notFound('input.resolutionId');
    await this.repository.follow(actor.userId, RESOLUTION_SUBJECT, resolutionId);
  }

  async unfollow(actor: Principal, resolutionId: string): Promise<void> {
    await this.repository.unfollow(actor.userId, RESOLUTION_SUBJECT, resolutionId);
  }

  followedBy(userId: string, resolutionIds: readonly string[]) {
    return this.repository.followsOf(userId, RESOLUTION_SUBJECT, resolutionIds);
  }

  followerCounts(resolutionIds: readonly string[]) {
    return this.repository.followerCounts(RESOLUTION_SUBJECT, resolutionIds);
  }

  myFollows(userId: string, args: ConnectionArgs): Promise<Connection<FollowEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) => this.repository.followPage(userId, after as [string, string] | null, limit),
        count: () => this.repository.followCount(userId),
      },
      { arity: 2, of: (row) => [row.createdAt.toISOString(), row.subjectId] },
    );
  }

  notifications(userId: string, args: ConnectionArgs): Promise<Connection<NotificationEntity>> {
    return keysetConnection(
      args,
      {
        page: (after, limit) =>
          this.repository.notificationPage(userId, after as [string, string] | null, limit),
        count: () => this.repository.notificationCount(userId, false),
      },
      { arity: 2, of: (row) => [row.createdAt.toISOString(), row.id] },
    );
  }

  unreadCount(userId: string) {
    return this.repository.notificationCount(userId, true);
  }

  markAllRead(userId: string) {
    return this.repository.markNotificationsRead(userId);
  }

  onApplicationBootstrap(): void {
    const seconds = this.config.NOTIFICATION_DIGEST_SECONDS;
    if (seconds <= 0) return;
    this.timer = setInterval(() => {
      this.running ??= this.runOnce()
        .then(() => undefined)
        .catch((error) => this.log.error({ err: error }, 'follow-up run failed'))
        .finally(() => (this.running = null));
    }, seconds * 1000);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** One round: settle windows that ended by themselves, then send the digests that are due. */
  async runOnce(): Promise<{ settled: number; digests: number }> {
    const settled = await this.resolutions.settleEndedConsultations();
    let digests = 0;
    for (;;) {
      const taken = await this.uow.run((tx) => this.repository.takeDigests(tx, DIGEST_USERS_PER_RUN));
      for (const digest of taken) {
        // Taken rows are marked mailed before sending: at most one e-mail each; the app still shows them.
        await this.mailer
          .send(this.digestMail(digest))
          .catch((error) => this.log.warn({ err: error, userId: digest.userId }, 'digest not sent'));
      }
      digests += taken.length;
      if (taken.length < DIGEST_USERS_PER_RUN) return { settled, digests };
    }
  }

  private digestMail(digest: DigestRow) {
    const base = this.config.CANOPY_PUBLIC_URL.replace(/\/$/, '');
    const lines = digest.notifications.map(
      (item) =>
        `- ${KIND_WORDS[item.kind] ?? item.kind}: ${item.title}\n  ${base}/resolutions/${item.subjectId}`,
    );
    const count = digest.notifications.length;
    return {
      to: digest.email,
      subject: `Canopy: ${count} update${count === 1 ? '' : 's'} on resolutions you follow`,
      text: [
        `Hello ${digest.displayName},`,
        '',
        'What was published on the resolutions you follow:',
        '',
        ...lines,
        '',
        `Stop following a resolution from its page, or see all you follow at ${base}/me/follows.`,
      ].join('\n'),
    };
  }
}
