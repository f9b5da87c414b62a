#include "ComplaintNote.h"

namespace WalletDesk {

ComplaintNote ComplaintNote::read(JsonReader &r)
{
    constexpr qint64 maxId = Q_INT64_C(1) << 52;
    ComplaintNote n;
    n.id = r.integer(QStringLiteral("id"), 1, maxId);
    n.complaintId = r.integer(QStringLiteral("complaintId"), 1, maxId);
    n.authorId = r.integer(QStringLiteral("authorId"), 1, maxId);
    n.authorName = r.string(QStringLiteral("authorName"), 100);
    n.body = r.nonEmptyText(QStringLiteral("body"), 4000);
    n.createdAt = r.dateTime(QStringLiteral("createdAt"));
    return n;
}

QJsonObject ComplaintNote::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("complaintId"), complaintId},
        {QStringLiteral("authorId"), authorId}, {QStringLiteral("authorName"), authorName},
        {QStringLiteral("body"), body}, {QStringLiteral("createdAt"), formatDateTime(createdAt)}};
}

} // namespace WalletDesk
