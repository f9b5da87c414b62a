#include "ComplaintFilter.h"

#include "EnumNames.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace WalletDesk {

QString ComplaintFilter::toQuery() const
{
    QUrlQuery q;
    if (status)
        q.addQueryItem(QStringLiteral("status"), enumToString(*status));
    if (!category.isEmpty())
        q.addQueryItem(QStringLiteral("category"), category);
    if (!channel.isEmpty())
        q.addQueryItem(QStringLiteral("channel"), channel);
    if (assignee)
        q.addQueryItem(QStringLiteral("assignee"), QString::number(*assignee));
    if (overdueOnly)
        q.addQueryItem(QStringLiteral("overdue"), QStringLiteral("true"));
    if (!status && !includeResolved)
        q.addQueryItem(QStringLiteral("resolved"), QStringLiteral("false"));
    return q.toString(QUrl::FullyEncoded);
}

bool ComplaintFilter::matches(const Complaint &c, const QDateTime &now) const
{
    const bool overdue = c.status != ComplaintStatus::Resolved && c.dueAt < now;
    if (!status && !includeResolved && c.status == ComplaintStatus::Resolved)
        return false;
    return (!status || c.status == *status)
        && (category.isEmpty() || c.draft.categoryCode == category)
        && (channel.isEmpty() || c.draft.channel == channel)
        && (!assignee || c.assignee == assignee) && (!overdueOnly || overdue);
}

ComplaintFilter ComplaintFilter::fromQuery(const QString &query)
{
    const QUrlQuery q(query);
    ComplaintFilter f;
    f.status = enumFromString<ComplaintStatus>(q.queryItemValue(QStringLiteral("status")));
    const auto code = [&](const QString &key) {
        const QString v = q.queryItemValue(key);
        static const QRegularExpression valid(QStringLiteral("^[a-z0-9_]{1,60}$"));
        return valid.match(v).hasMatch() ? v : QString();
    };
    f.category = code(QStringLiteral("category"));
    f.channel = code(QStringLiteral("channel"));
    bool ok = false;
    const qint64 assignee = q.queryItemValue(QStringLiteral("assignee")).toLongLong(&ok);
    if (ok && assignee > 0)
        f.assignee = assignee;
    f.overdueOnly = q.queryItemValue(QStringLiteral("overdue")) == QLatin1String("true");
    // Filters saved before "open complaints" showed resolved ones too.
    f.includeResolved = q.queryItemValue(QStringLiteral("resolved")) != QLatin1String("false");
    return f;
}

} // namespace WalletDesk
