#include "AuditFilter.h"

#include <QUrlQuery>

namespace WalletDesk {

QString AuditFilter::toQuery() const
{
    QUrlQuery q;
    if (agentId)
        q.addQueryItem(QStringLiteral("agentId"), QString::number(*agentId));
    if (accountId)
        q.addQueryItem(QStringLiteral("accountId"), QString::number(*accountId));
    if (!accountNumber.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("account"), accountNumber.trimmed());
    if (!action.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("action"), action.trimmed());
    if (from)
        q.addQueryItem(QStringLiteral("from"), from->toString(Qt::ISODate));
    if (to)
        q.addQueryItem(QStringLiteral("to"), to->toString(Qt::ISODate));
    return q.toString(QUrl::FullyEncoded);
}

} // namespace WalletDesk
