#include "DisplayNames.h"

#include "CallCenterTime.h"
#include "WorkingCalendar.h"

namespace WalletDesk {

QString DisplayNames::accountStatus(AccountStatus status)
{
    switch (status) {
    case AccountStatus::Active:
        return tr("Active");
    case AccountStatus::Locked:
        return tr("Locked");
    case AccountStatus::Frozen:
        return tr("Frozen");
    }
    return {};
}

QString DisplayNames::callbackStatus(CallbackStatus status)
{
    switch (status) {
    case CallbackStatus::Scheduled:
        return tr("Scheduled");
    case CallbackStatus::Done:
        return tr("Done");
    case CallbackStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DisplayNames::complaintStatus(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open:
        return tr("Open");
    case ComplaintStatus::InProgress:
        return tr("In progress");
    case ComplaintStatus::Escalated:
        return tr("Escalated");
    case ComplaintStatus::Resolved:
        return tr("Resolved");
    }
    return {};
}

QString DisplayNames::severity(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return {};
}

QString DisplayNames::transactionType(TransactionType type)
{
    switch (type) {
    case TransactionType::Payment:
        return tr("Payment");
    case TransactionType::Refund:
        return tr("Refund");
    case TransactionType::TopUp:
        return tr("Top-up");
    case TransactionType::Withdrawal:
        return tr("Withdrawal");
    case TransactionType::Transfer:
        return tr("Transfer");
    }
    return {};
}

QString DisplayNames::transactionStatus(TransactionStatus status)
{
    switch (status) {
    case TransactionStatus::Pending:
        return tr("Pending");
    case TransactionStatus::Succeeded:
        return tr("Succeeded");
    case TransactionStatus::Failed:
        return tr("Failed");
    case TransactionStatus::Reversed:
        return tr("Reversed");
    }
    return {};
}

QString DisplayNames::amount(const Money &money)
{
    if (money.currency == QLatin1String("CNY"))
        return tr("%1 yuan").arg(money.toGroupedString());
    return money.toPlainString();
}

QString DisplayNames::waited(qint64 seconds)
{
    if (seconds < 60)
        return tr("under a minute");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString DisplayNames::zoneName()
{
    const QByteArray id = CallCenterTime::zoneId();
    if (id == CallCenterTime::defaultZoneId())
        return tr("Beijing time");
    const QTimeZone zone = CallCenterTime::zone();
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(id),
        zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName));
}

QString DisplayNames::time(const QDateTime &at, const QString &format)
{
    return at.isValid() ? at.toTimeZone(CallCenterTime::zone()).toString(format) : QString();
}

} // namespace WalletDesk
