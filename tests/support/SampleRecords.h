#pragma once

#include "Complaint.h"
#include "ReferenceData.h"

// Records with every field set, for round trips through a codec or the
// console's cache (tst_codecs, tst_store).
namespace WalletDesk::Samples {

inline Complaint sampleComplaint(const QDateTime &t0)
{
    Complaint c;
    c.id = 11;
    c.version = 4;
    c.draft = {QStringLiteral("hotline"), QStringLiteral("payment_failed_debited"), Severity::High,
        42, QStringLiteral("call-1"), {9, 10}, QStringLiteral("扣款了但订单失败"),
        QStringLiteral("退款"), QStringLiteral("+8613800138000"), QStringLiteral("工作日 9–18 点"),
        true, Language::English};
    c.accountNumberMasked = QStringLiteral("8800…1234");
    c.status = ComplaintStatus::Resolved;
    c.createdBy = 2;
    c.assignee = 3;
    c.escalated = true;
    c.createdAt = t0;
    c.updatedAt = t0.addDays(1);
    c.acknowledgeDueAt = t0.addDays(1);
    c.acknowledgedAt = t0.addSecs(3600);
    c.dueAt = t0.addDays(15);
    c.resolutionCode = QStringLiteral("refunded");
    c.resolutionText = QStringLiteral("money returned");
    c.resolvedAt = t0.addDays(2);
    c.reopenCount = 1;
    return c;
}

inline ReferenceData sampleReference()
{
    ReferenceData d;
    d.categories = {{QStringLiteral("transaction"), QString(), CategoryKind::Transaction,
                        QStringLiteral("交易类"), QStringLiteral("Transactions")},
        {QStringLiteral("payment_failed"), QStringLiteral("transaction"), CategoryKind::Transaction,
            QStringLiteral("支付失败"), QStringLiteral("Payment failed")}};
    d.channels = {{QStringLiteral("hotline"), QStringLiteral("热线"), QStringLiteral("Hotline")}};
    d.wrapUpCodes
        = {{QStringLiteral("resolved"), QStringLiteral("已解决"), QStringLiteral("Resolved")}};
    d.resolutionCodes
        = {{QStringLiteral("refunded"), QStringLiteral("已退款"), QStringLiteral("Refunded")}};
    d.holidays = {{QDate(2026, 10, 1), HolidayKind::Holiday, QStringLiteral("国庆节")},
        {QDate(2026, 10, 10), HolidayKind::Workday, QStringLiteral("国庆节调休")}};
    d.version = 2;
    return d;
}

} // namespace WalletDesk::Samples
