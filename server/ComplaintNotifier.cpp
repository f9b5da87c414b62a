#include "ComplaintNotifier.h"

#include "Masking.h"

namespace WalletDesk::Server {

QString ComplaintNotifier::recipientOf(const Complaint &c) const
{
    if (!c.draft.callbackNumber.isEmpty())
        return c.draft.callbackNumber;
    if (!c.draft.accountId)
        return {};
    return m_ctx.db()
        .scalar(QStringLiteral("SELECT phone FROM accounts WHERE id = ?"), {*c.draft.accountId})
        .toString();
}

NoticeRecord ComplaintNotifier::notify(const Complaint &c, ComplaintNotices::Kind kind) const
{
    const ReferenceData reference = m_ctx.reference();
    // One spelling per handset (+86 138…, 0086 138…, 138-…): the hourly limit
    // counts numbers, not ways of writing one.
    const QString recipient = Masking::nationalPhoneDigits(recipientOf(c));
    NoticeRecord record;
    record.kind = kind;
    record.maskedRecipient = recipient.isEmpty() ? QString() : Masking::phone(recipient);
    const qint64 now = ServerContext::nowMs();
    if (recipient.isEmpty()) {
        record.outcome = NoticeRecord::Outcome::NoNumber;
    } else if (c.draft.smsOptOut) {
        record.outcome = NoticeRecord::Outcome::OptedOut;
    } else {
        // Counted over notices actually sent to this number in the last hour.
        const int sent = m_ctx.db()
                             .scalar(QStringLiteral("SELECT COUNT(*) FROM complaint_notices"
                                                    " WHERE recipient = ? AND outcome = 'sent'"
                                                    " AND created_at > ?"),
                                 {recipient, now - 3600 * 1000})
                             .toInt();
        record.outcome = sent >= reference.notices.perRecipientPerHour
            ? NoticeRecord::Outcome::RateLimited
            : NoticeRecord::Outcome::Sent;
    }
    // The kind and outcome as the timeline spells them ("acknowledged sent").
    const QString detail = record.detail();
    m_ctx.db().exec(QStringLiteral("INSERT INTO complaint_notices (complaint_id, kind, recipient,"
                                   " outcome, created_at) VALUES (?, ?, ?, ?, ?)"),
        {c.id, detail.section(QLatin1Char(' '), 0, 0), recipient,
            detail.section(QLatin1Char(' '), 1, 1), now});
    if (record.outcome == NoticeRecord::Outcome::Sent)
        m_ctx.sendSms(
            recipient, reference.notices.render(kind, c.draft.noticeLanguage, c.id, c.dueAt));
    return record;
}

} // namespace WalletDesk::Server
