#pragma once

#include "Complaint.h"
#include "ComplaintNotices.h"
#include "ServerContext.h"

namespace WalletDesk::Server {

// Texts the customer about their complaint through the simulated SMS
// gateway, inside the transaction of the change that called for it, so that
// a notice is sent exactly when the change is stored. It goes to the
// complaint's callback number, else to the linked account's phone; it is
// not sent when the customer opted out or the number had
// notices.perRecipientPerHour in the last hour. Every outcome is recorded:
// the caller puts record.detail() on the timeline.
class ComplaintNotifier
{
public:
    explicit ComplaintNotifier(const ServerContext &ctx)
        : m_ctx(ctx)
    {
    }

    NoticeRecord notify(const Complaint &complaint, ComplaintNotices::Kind kind) const;

private:
    QString recipientOf(const Complaint &complaint) const;

    const ServerContext &m_ctx;
};

} // namespace WalletDesk::Server
