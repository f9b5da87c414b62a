#pragma once

#include "DomainEnums.h"
#include "Money.h"

#include <QCoreApplication>
#include <QString>

namespace WalletDesk {

// What the console calls each value of the domain's enums, in the language
// of the moment. One place for the item models, the exports and the dialogs,
// so a status reads the same in a table, a CSV file and a summary.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString accountStatus(AccountStatus status);
    static QString complaintStatus(ComplaintStatus status);
    static QString callbackStatus(CallbackStatus status);
    static QString severity(Severity severity);
    static QString transactionType(TransactionType type);
    static QString transactionStatus(TransactionStatus status);
    // One way to write an amount on every screen: "1,299.00 元" (yuan in
    // the language of the moment); other currencies keep their code.
    static QString amount(const Money &money);
    // How long something has waited: "under a minute", "12 min", "2 h 5 min".
    static QString waited(qint64 seconds);
    // The call center's zone as people call it: "Beijing time" for China,
    // else its name and offset ("Asia/Tokyo (UTC+09:00)").
    static QString zoneName();
    // A time as people read it: on the call center's clock (CallCenterTime),
    // whatever the PC's zone.
    static QString time(
        const QDateTime &at, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"));
};

} // namespace WalletDesk
