#pragma once

#include "JsonReader.h"
#include "Language.h"

namespace WalletDesk {

// The text messages a customer gets about their complaint, as reference
// data: when it is acknowledged (受理) and when it is resolved (办结), in
// both languages, and how many one number may get in an hour. {number}
// stands for the complaint's number, {deadline} for its resolve deadline in
// China time. Reference data stored before these existed reads as these
// defaults.
struct ComplaintNotices
{
    enum class Kind { Acknowledged, Resolved };

    QString acknowledgedZh = QStringLiteral(
        "【钱包客服】您的投诉已受理，编号 {number}，我们将于 {deadline}（北京时间）前办结。");
    QString acknowledgedEn = QStringLiteral(
        "[Wallet support] We have received your complaint no. {number} and will resolve it by "
        "{deadline} (China time).");
    QString resolvedZh
        = QStringLiteral("【钱包客服】您的投诉（编号 {number}）已办结。如有疑问请致电客服热线。");
    QString resolvedEn = QStringLiteral("[Wallet support] Your complaint no. {number} has been "
                                        "resolved. Call our hotline with any questions.");
    int perRecipientPerHour = 3;

    static ComplaintNotices read(JsonReader &r);
    QJsonObject toJson() const;
    bool operator==(const ComplaintNotices &) const = default;

    QString render(Kind kind, Language language, qint64 complaintId, const QDateTime &due) const;
};

// A notice on a complaint's timeline (event kind "notice"): which one, what
// became of it and the masked number, as the event's detail
// "acknowledged sent 138****5678"; consoles put it into words.
struct NoticeRecord
{
    enum class Outcome { Sent, OptedOut, RateLimited, NoNumber };

    ComplaintNotices::Kind kind = ComplaintNotices::Kind::Acknowledged;
    Outcome outcome = Outcome::Sent;
    QString maskedRecipient;

    QString detail() const;
    static std::optional<NoticeRecord> fromDetail(const QString &detail);
};

} // namespace WalletDesk
