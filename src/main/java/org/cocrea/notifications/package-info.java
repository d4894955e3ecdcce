/**
 * Notifications (issue 13): receives every {@link org.cocrea.platform.Notification} and
 * {@link org.cocrea.platform.AddressedMail} after the publishing transaction commits, with Spring Modulith's
 * {@code @ApplicationModuleListener} (its own transaction, the publication stored in {@code event_publication} until
 * it completes; incomplete ones are resubmitted at start-up and every few minutes under a {@code JobLock}). Each
 * person who is not deleted gets one stored notification per publication ({@code notification}, UNIQUE (event,
 * person)) and a mail as they chose for that kind ({@code notification_setting}): at once, in the daily digest, or
 * only in the app; mails carry a key so a retried delivery never mails twice. Pages: {@code /notifications} (newest
 * first, paginated, mark read) and {@code /notifications/settings}; the header's unread count comes from
 * {@link org.cocrea.platform.Inbox}. No API of its own: modules publish the platform's events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "accounts"})
package org.cocrea.notifications;
