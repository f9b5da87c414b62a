#include "TransactionFilter.h"

#include "EnumNames.h"
#include "WorkingCalendar.h"

#include <QStringList>

namespace WalletDesk {

QString TransactionFilter::toQuery() const
{
    QStringList parts;
    if (from)
        parts << QStringLiteral("from=") + from->toString(Qt::ISODate);
    if (to)
        parts << QStringLiteral("to=") + to->toString(Qt::ISODate);
    if (type)
        parts << QStringLiteral("type=") + enumToString(*type);
    if (status)
        parts << QStringLiteral("status=") + enumToString(*status);
    if (minFen)
        parts << QStringLiteral("minFen=") + QString::number(*minFen);
    if (maxFen)
        parts << QStringLiteral("maxFen=") + QString::number(*maxFen);
    return parts.join(QLatin1Char('&'));
}

bool TransactionFilter::matches(const Transaction &t) const
{
    const QDate day = WorkingCalendar::localDate(t.createdAt);
    return (!from || day >= *from) && (!to || day <= *to) && (!type || t.type == *type)
        && (!status || t.status == *status) && (!minFen || t.amount.fen >= *minFen)
        && (!maxFen || t.amount.fen <= *maxFen);
}

} // namespace WalletDesk
